// The production server: Next.js behind the kept public pages. `npm start`, the end-to-end
// tests and the benchmarks run this instead of `next start`: an anonymous reader's request for
// a public page is answered from memory (lib/http/kept-page-server.ts) before Next.js routes it,
// and so is the 503 that turns a server action away while the comment gate is full; everything
// else goes to Next.js as `next start` would send it.
// Usage: tsx lib/cli/serve.ts [port]   (PORT, then 3000, when no port is given)
import { createServer } from "node:http";
import { ROOT } from "./run";

async function main() {
  const port = Number(process.argv[2] || process.env.PORT || 3000);
  Object.assign(process.env, { NODE_ENV: "production" });
  process.env.SERVER_ORIGIN = `http://127.0.0.1:${port}`;
  // Loaded after NODE_ENV is set: lib/env.ts reads it once.
  const { default: next } = await import("next");
  const { answerFromKeptPage, answerWhileOverloaded } = await import("@/lib/http/kept-page-server");
  const app = next({ dev: false, dir: ROOT, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((req, res) => {
    if (answerWhileOverloaded(req, res)) return;
    answerFromKeptPage(req, res)
      .catch((error: unknown) => {
        console.error("kept page:", error);
        return res.headersSent;
      })
      .then((answered) => (answered ? undefined : handle(req, res)))
      .catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent) res.writeHead(500).end();
      });
  });
  await new Promise<void>((resolve) => server.listen(port, resolve));
  console.log(`✓ Ready on http://localhost:${port}`);

  // Stopping: no new connections; the requests under way finish (at most 5 s: a long report
  // download is cut), then Next.js closes. A second signal (Ctrl-C reaches this process both
  // from the terminal and from `npm start`) does not cut it short.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    let closing = false;
    const done = () => {
      if (closing) return;
      closing = true;
      void app.close().finally(() => process.exit(0));
    };
    server.close(done);
    server.closeIdleConnections();
    setTimeout(done, 5_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
