import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commentGate } from "@/lib/comments/admission";
import { answerWhileOverloaded } from "./kept-page-server";

let server: Server;
let base: string;
const processWide = globalThis as unknown as { konsultacjeCommentGate?: unknown };
const before = processWide.konsultacjeCommentGate;

beforeAll(async () => {
  // What lib/cli/serve.ts does first; anything not turned away here "goes on to Next.js" (204).
  server = createServer((req, res) => {
    if (!answerWhileOverloaded(req, res)) res.writeHead(204).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  processWide.konsultacjeCommentGate = before;
  await new Promise((resolve) => server.close(resolve));
});

const action = () =>
  fetch(`${base}/konsultacje/projekt`, { method: "POST", headers: { "next-action": "4056bbb962ae" }, body: "[{}]" });

describe("the server in front of Next.js while the comment gate is full", () => {
  it("turns server actions away with 503, Retry-After and the security headers; nothing else", async () => {
    processWide.konsultacjeCommentGate = undefined;
    expect((await action()).status).toBe(204); // no comment yet: no gate
    const gate = commentGate(1);
    let release = () => {};
    const running = gate.run(() => new Promise<void>((resolve) => (release = resolve)));
    try {
      const away = await action();
      expect(away.status).toBe(503);
      expect(Number(away.headers.get("retry-after"))).toBeGreaterThanOrEqual(3);
      expect(away.headers.get("strict-transport-security")).toContain("max-age=");
      expect(away.headers.get("cache-control")).toBe("no-store");
      expect(await away.text()).toContain("Spróbuj ponownie");
      // Pages and other posts are not actions: they go on.
      expect((await fetch(`${base}/konsultacje/projekt`)).status).toBe(204);
      expect((await fetch(`${base}/api/v1/konsultacje`, { method: "POST", body: "{}" })).status).toBe(204);
    } finally {
      release();
      await running;
    }
    expect((await action()).status).toBe(204);
  });
});
