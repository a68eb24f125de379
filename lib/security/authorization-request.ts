// The request an authorization-matrix cell is made with: cookies and headers. Each cell starts
// with an empty jar, into which the actor's session cookie goes; next-auth then finds the session
// in the database. A module of its own, with no imports, so that the test's mock of next/headers
// can load it.

const cookies = new Map<string, string>();

export const request = {
  cookies,
  jar: {
    get: (name: string) => (cookies.has(name) ? { name, value: cookies.get(name) } : undefined),
    getAll: () => [...cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => cookies.has(name),
    set: (name: string, value: string) => {
      cookies.set(name, value);
    },
    delete: (name: string) => {
      cookies.delete(name);
    },
  },
  headers: () => new Headers({ host: "localhost:3000" }),
};
