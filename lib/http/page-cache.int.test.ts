import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";

// The page cache against the real database (its snapshot is the stamp) and a stand-in for the
// app that renders: it answers like Next.js does, with the rendering's nonce on a script and in
// the Link header, and counts its renderings.
const origin = vi.hoisted(() => ({ url: "" }));
vi.mock("@/lib/env", async (original) => {
  const real = await original<typeof import("@/lib/env")>();
  return { ...real, env: { ...real.env, NODE_ENV: "production", PAGE_CACHE: "on" }, ownOrigin: () => origin.url };
});
const { answerFromPageCache } = await import("./page-cache");

const renderings = new Map<string, number>();
let server: Server;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? "/";
    // "bez-nonce": rendered as by a proxy that did not know the secret, with a nonce of its own.
    const asked = String(request.headers["x-konsultacje-page-cache"] ?? "").split(":")[1] ?? "";
    const nonce = path.includes("bez-nonce") ? "ITS-OWN" : asked;
    const n = (renderings.get(path) ?? 0) + 1;
    renderings.set(path, n);
    if (path.includes("przeniesiona")) {
      response.writeHead(307, { location: "/konsultacje/nowa" }).end();
      return;
    }
    const status = path.includes("nie-ma") ? 404 : 200;
    response
      .writeHead(status, {
        "content-type": "text/html; charset=utf-8",
        link: `</_next/static/a.css>; rel=preload; as="style"; nonce="${nonce}"`,
      })
      .end(`<html><script nonce="${nonce}">self.x=${JSON.stringify({ nonce })}</script><p>rendering ${n}</p></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await db.$disconnect();
});

const ask = (path: string, nonce: string, headers: Record<string, string> = {}) =>
  answerFromPageCache(new NextRequest(`http://localhost${path}`, { headers }), nonce, `script-src 'nonce-${nonce}'`);
/** A committed transaction with an id: the database's snapshot is no longer the one a page was kept with. */
const write = () => db.$queryRaw`SELECT txid_current()`;

let attempts = 0;
/**
 * Runs `scenario` on a page address of its own until one run passes (at most five). The stamp is
 * the whole server's snapshot, and the other test files write to it at any moment: a write of
 * theirs between two requests here makes one more rendering than the scenario expects. A
 * scenario that fails for any other reason fails every time.
 */
async function steadily(scenario: (page: string) => Promise<void>) {
  let last: unknown;
  for (let i = 0; i < 5; i++) {
    try {
      return await scenario(`/konsultacje/proba-${++attempts}`);
    } catch (error) {
      last = error;
    }
  }
  throw last;
}

describe("answerFromPageCache", () => {
  it("answers from one rendering, with each answer's nonce wherever the rendering's stood", () =>
    steadily(async (page) => {
      const first = await ask(page, "NONCE-ONE");
      const second = await ask(page, "NONCE-TWO");
      expect(renderings.get(page)).toBe(1);
      expect(first?.headers.get("x-page-cache")).toBe("miss");
      expect(second?.headers.get("x-page-cache")).toBe("hit");
      const html = await second?.text();
      expect(html).toBe(
        '<html><script nonce="NONCE-TWO">self.x={"nonce":"NONCE-TWO"}</script><p>rendering 1</p></html>',
      );
      expect(second?.headers.get("link")).toContain('nonce="NONCE-TWO"');
      expect(second?.headers.get("content-security-policy")).toBe("script-src 'nonce-NONCE-TWO'");
      expect(await first?.text()).toContain("NONCE-ONE");
    }));

  it("renders again for the first reader after any committed write, and only once for the readers after", () =>
    steadily(async (page) => {
      await ask(page, "A");
      await write();
      const after = await ask(page, "B");
      expect(after?.headers.get("x-page-cache")).toBe("miss");
      expect(await after?.text()).toContain("rendering 2");
      expect((await ask(page, "C"))?.headers.get("x-page-cache")).toBe("hit");
      expect(renderings.get(page)).toBe(2);
    }));

  it("renders again once the kept rendering is older than 10 s, with the database unchanged", () =>
    steadily(async (page) => {
      await ask(page, "A");
      expect((await ask(page, "B"))?.headers.get("x-page-cache")).toBe("hit");
      const clock = vi.spyOn(Date, "now").mockReturnValue(Date.now() + 10_500);
      try {
        expect(await (await ask(page, "C"))?.text()).toContain("rendering 2");
      } finally {
        clock.mockRestore();
      }
    }));

  it("lets readers who arrive together share one rendering", () =>
    steadily(async (page) => {
      const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => ask(page, `N${i}`)));
      expect(renderings.get(page)).toBe(1);
      for (const [i, answer] of answers.entries()) expect(await answer?.text()).toContain(`nonce="N${i}"`);
    }));

  it("answers an error page from its rendering without keeping it; a redirect is left to Next.js", async () => {
    for (const nonce of ["A", "B"]) {
      const missing = await ask("/konsultacje/nie-ma", nonce);
      expect(missing?.status).toBe(404);
      expect(missing?.headers.get("x-page-cache")).toBe("pass");
    }
    expect(renderings.get("/konsultacje/nie-ma")).toBe(2);
    expect(await ask("/konsultacje/przeniesiona", "A")).toBeNull();
  });

  it("leaves to Next.js a rendering that does not carry the nonce it was asked for", async () => {
    expect(await ask("/konsultacje/bez-nonce", "A")).toBeNull();
    expect(await ask("/konsultacje/bez-nonce", "B")).toBeNull();
    expect(renderings.get("/konsultacje/bez-nonce")).toBe(2);
  });

  it("keys on the page's own query parameters and never answers the signed-in", () =>
    steadily(async (page) => {
      await ask(`${page}?wersja=2`, "A");
      expect((await ask(`${page}?utm_source=x&wersja=2`, "B"))?.headers.get("x-page-cache")).toBe("hit");
      expect(renderings.get(`${page}?wersja=2`)).toBe(1);
      expect(await ask(`${page}?wersja=2`, "C", { cookie: "next-auth.session-token=t" })).toBeNull();
      expect(await ask("/panel", "D")).toBeNull();
    }));
});

describe("answerFromKeptPage (the server in front of Next.js)", () => {
  let front: Server;
  let base = "";
  const fellThrough: string[] = [];
  beforeAll(async () => {
    const { answerFromKeptPage } = await import("./kept-page-server");
    front = createServer((request, response) => {
      void answerFromKeptPage(request, response).then((answered) => {
        if (answered) return;
        fellThrough.push(request.url ?? "");
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => front.close(() => resolve())));

  /** The nonce the answer's policy allows. */
  const policyNonce = (response: Response) =>
    /'nonce-([^']+)'/.exec(response.headers.get("content-security-policy") ?? "")?.[1];

  it("answers gzip from the compressed copy and plain HTML alike, each with the nonce of its own policy", () =>
    steadily(async (page) => {
      const plain = await fetch(`${base}${page}`, { headers: { "accept-encoding": "identity" } });
      const gzip = await fetch(`${base}${page}`, { headers: { "accept-encoding": "gzip, deflate, br" } });
      expect(plain.headers.get("content-encoding")).toBeNull();
      expect(gzip.headers.get("content-encoding")).toBe("gzip");
      expect(gzip.headers.get("x-page-cache")).toBe("hit");
      expect(gzip.headers.get("vary")).toMatch(/accept-encoding/i);
      const [a, b] = [policyNonce(plain), policyNonce(gzip)];
      expect(a).toBeTruthy();
      expect(b).toBeTruthy();
      expect(a).not.toBe(b);
      // fetch inflates the gzip answer: it must be the same page with its own nonce.
      const html = await gzip.text();
      expect(html).toBe((await plain.text()).split(a as string).join(b as string));
      expect(html).toContain(`<script nonce="${b}">`);
      expect(renderings.get(page)).toBe(1);
    }));

  it("leaves to Next.js what the cache does not answer: other pages, the signed-in, other methods", async () => {
    fellThrough.length = 0;
    await fetch(`${base}/panel`);
    await fetch(`${base}/konsultacje/a`, { headers: { cookie: "next-auth.session-token=t" } });
    await fetch(`${base}/konsultacje/a`, { method: "POST" });
    expect(fellThrough).toEqual(["/panel", "/konsultacje/a", "/konsultacje/a"]);
  });
});

describe("acceptsGzip", () => {
  it("reads Accept-Encoding as browsers and tools send it", async () => {
    const { acceptsGzip } = await import("./kept-page-server");
    expect(acceptsGzip("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("*, gzip;q=0")).toBe(false);
    expect(acceptsGzip("gzip ;q=1")).toBe(true);
    expect(acceptsGzip("deflate, *;q=0")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
