import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { deflateParts, gzipWithNonce } from "./gzip-splice";

describe("gzipWithNonce", () => {
  const page = `<html><script nonce="@">${'self.__next_f.push([1,"zażółć gęślą jaźń"]);'.repeat(3000)}</script>@<p>@@</p></html>`;
  const parts = page.split("@").map((part) => Buffer.from(part, "utf8"));
  const deflated = deflateParts(parts);

  it("is a gzip member that inflates to the page with the answer's nonce wherever the rendering's stood", () => {
    for (const nonce of ["abc", "x".repeat(24), "Zg8+/w=="]) {
      const gzip = Buffer.concat(gzipWithNonce(deflated, Buffer.from(nonce)));
      expect(gunzipSync(gzip).toString("utf8")).toBe(page.split("@").join(nonce));
    }
  });

  it("compresses as the whole page would be, give or take a few bytes per part", () => {
    const gzip = Buffer.concat(gzipWithNonce(deflated, Buffer.from("n")));
    expect(gzip.length).toBeLessThan(Buffer.byteLength(page) / 20);
  });

  it("keeps a nonce longer than one stored block, and a page without any", () => {
    const long = Buffer.alloc(70_000, "q");
    const gzip = Buffer.concat(gzipWithNonce(deflated, long));
    expect(gunzipSync(gzip).toString("utf8")).toBe(page.split("@").join(long.toString()));
    const single = deflateParts([Buffer.from(page)]);
    expect(gunzipSync(Buffer.concat(gzipWithNonce(single, Buffer.from("unused")))).toString()).toBe(page);
  });

  it("carries the checksum of the bytes it holds: another nonce's does not pass", () => {
    const gzip = gzipWithNonce(deflated, Buffer.from("one"));
    const other = gzipWithNonce(deflated, Buffer.from("two"));
    const mixed = Buffer.concat([...gzip.slice(0, -1), other.at(-1) as Buffer]);
    expect(() => gunzipSync(mixed)).toThrow();
  });
});
