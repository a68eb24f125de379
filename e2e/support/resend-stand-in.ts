import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type ReceivedEmail = {
  authorization: string | undefined;
  body: { from: string; to: string | string[]; subject: string; html: string; text?: string };
};

/**
 * A local stand-in for the Resend API: accepts POST /emails like the real service
 * (Bearer key, JSON body, answers {id}) and keeps what it received.
 */
export async function startResendStandIn(): Promise<{
  url: string;
  received: ReceivedEmail[];
  close: () => Promise<void>;
}> {
  const received: ReceivedEmail[] = [];
  const server: Server = createServer((request, response) => {
    let raw = "";
    request.on("data", (chunk) => {
      raw += chunk;
    });
    request.on("end", () => {
      if (request.method !== "POST" || request.url !== "/emails") {
        response
          .writeHead(404, { "content-type": "application/json" })
          .end(JSON.stringify({ name: "not_found", message: "Not found" }));
        return;
      }
      received.push({ authorization: request.headers.authorization, body: JSON.parse(raw) });
      response
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ id: `stand-in-${received.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
