import { describe, expect, it } from "vitest";
import { parseMultipart, readLimitedBody } from "./upload";

function streamOf(chunks: number, chunkSize: number) {
  let pulled = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= chunks) return controller.close();
      pulled++;
      controller.enqueue(new Uint8Array(chunkSize));
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, pulled: () => pulled, cancelled: () => cancelled };
}

describe("readLimitedBody", () => {
  it("refuses a body whose Content-Length is over the limit without reading it", async () => {
    const body = streamOf(50, 1024 * 1024);
    const request = new Request("http://x/", {
      method: "POST",
      body: body.stream,
      headers: { "content-length": String(50 * 1024 * 1024) },
      duplex: "half",
    } as RequestInit);
    expect(await readLimitedBody(request, 20 * 1024 * 1024)).toEqual({ ok: false, reason: "too_large" });
    expect(body.pulled()).toBeLessThanOrEqual(1);
  });

  it("stops reading a body without a length as soon as it passes the limit", async () => {
    const body = streamOf(50, 1024 * 1024);
    const request = new Request("http://x/", { method: "POST", body: body.stream, duplex: "half" } as RequestInit);
    expect(await readLimitedBody(request, 3 * 1024 * 1024)).toEqual({ ok: false, reason: "too_large" });
    expect(body.pulled()).toBeLessThan(10);
    expect(body.cancelled()).toBe(true);
  });

  it("returns the whole body when it fits, and parses it as multipart", async () => {
    const form = new FormData();
    form.append("file", new File([new Uint8Array([1, 2, 3])], "skan podpisany.pdf", { type: "application/pdf" }));
    const request = new Request("http://x/", { method: "POST", body: form });
    const read = await readLimitedBody(request, 1024 * 1024);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const parsed = await parseMultipart(read.bytes, request.headers.get("content-type"));
    const file = parsed?.get("file") as File;
    expect(file.name).toBe("skan podpisany.pdf");
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
    expect(await parseMultipart(read.bytes, "text/plain")).toBeNull();
  });
});
