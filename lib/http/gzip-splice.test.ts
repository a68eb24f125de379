import { gunzipSync, gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { type DeflatedParts, deflateParts, gzipWithNonce } from "./gzip-splice";

describe("gzipWithNonce", () => {
  const page = `<html><script nonce="@">${'self.__next_f.push([1,"zażółć gęślą jaźń"]);'.repeat(3000)}</script>@<p>@@</p></html>`;
  const parts = page.split("@").map((part) => Buffer.from(part, "utf8"));
  let deflated: DeflatedParts;
  beforeAll(async () => {
    deflated = await deflateParts(parts, 24);
  });

  it("is a gzip member that inflates to the page with the answer's nonce wherever the rendering's stood", () => {
    for (const nonce of ["x".repeat(24), "Zg8+/w+AkSJT+pPhukjSDBTL", "\u0000".repeat(24)]) {
      const gzip = Buffer.concat(gzipWithNonce(deflated, Buffer.from(nonce)));
      expect(gunzipSync(gzip).toString("utf8")).toBe(page.split("@").join(nonce));
    }
  });

  it("compresses about as well as the whole page at once: each part against the text before it", async () => {
    // Parts of a few kilobytes, as between a page's scripts, that repeat one another's markup.
    const unit = (i: number) => `<li id="p${i}"><p class="unit-text">§ ${i}. Rada Miasta Białystok ${i * 7}</p></li>`;
    const part = (k: number) => Array.from({ length: 60 }, (_, i) => unit(k * 60 + i)).join("");
    const html = Array.from({ length: 30 }, (_, k) => part(k)).join("@");
    const split = html.split("@").map((part) => Buffer.from(part));
    const spliced = Buffer.concat(gzipWithNonce(await deflateParts(split, 24), Buffer.from("n".repeat(24)))).length;
    const whole = gzipSync(html.split("@").join("n".repeat(24))).length;
    expect(spliced).toBeLessThan(whole * 1.1);
  });

  it("keeps a nonce longer than one stored block, a page without any, and one with a zero byte", async () => {
    const long = Buffer.alloc(70_000, "q");
    const gzip = Buffer.concat(gzipWithNonce(await deflateParts(parts, long.length), long));
    expect(gunzipSync(gzip).toString("utf8")).toBe(page.split("@").join(long.toString()));
    const zero = ["a\u0000b", "a\u0000b"].map((part) => Buffer.from(part));
    expect(
      gunzipSync(Buffer.concat(gzipWithNonce(await deflateParts(zero, 2), Buffer.from("\u0000b")))).toString(),
    ).toBe("a\u0000b\u0000ba\u0000b");
    const single = await deflateParts([Buffer.from(page)], 24);
    expect(gunzipSync(Buffer.concat(gzipWithNonce(single, Buffer.from("unused")))).toString()).toBe(page);
  });

  it("refuses a nonce of another length than the page was compressed for", () => {
    expect(() => gzipWithNonce(deflated, Buffer.from("short"))).toThrow(/5 bytes/);
  });

  it("carries the checksum of the bytes it holds: another nonce's does not pass", () => {
    const gzip = gzipWithNonce(deflated, Buffer.from("1".repeat(24)));
    const other = gzipWithNonce(deflated, Buffer.from("2".repeat(24)));
    const mixed = Buffer.concat([...gzip.slice(0, -1), other.at(-1) as Buffer]);
    expect(() => gunzipSync(mixed)).toThrow();
  });
});
