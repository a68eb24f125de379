import { describe, expect, it } from "vitest";
import { formatReceiptNumber, parseReceiptNumber, receiptHash } from "./receipt";
import { defaultReceiptCode } from "./receipt-code";

const content = {
  receiptNumber: "BIA/2027/PW/000123",
  consultationId: "c1",
  provisionCitation: "§ 2 ust. 2 pkt 4 lit. b załącznika nr 1",
  organizationId: "o1",
  authorId: "u1",
  revision: 1,
  status: "SUBMITTED",
  body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Uwaga" }] }] },
  proposedWording: "w zakresie współpracy z samorządem i biznesem,",
  justification: "Uzasadnienie",
  submittedAt: new Date("2026-12-01T10:00:00.000Z"),
};

describe("receipts", () => {
  it("formats and parses receipt numbers with six-digit running numbers", () => {
    const number = formatReceiptNumber({ cityCode: "BIA", year: 2027, consultationCode: "PW", sequence: 123 });
    expect(number).toBe("BIA/2027/PW/000123");
    expect(parseReceiptNumber(number)).toEqual({ cityCode: "BIA", year: 2027, consultationCode: "PW", sequence: 123 });
    expect(parseReceiptNumber("BIA/27/PW/1")).toBeNull();
  });

  it("hashes the same content the same way whatever the key order", () => {
    const reordered = { ...content, body: { content: content.body.content, type: "doc" } };
    expect(receiptHash(reordered)).toBe(receiptHash(content));
    expect(receiptHash(content)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("changes the hash when any submitted word changes", () => {
    expect(receiptHash({ ...content, justification: "Uzasadnienie." })).not.toBe(receiptHash(content));
  });

  it("derives a receipt code from the title's initials", () => {
    expect(defaultReceiptCode("Program współpracy")).toBe("PW");
    expect(defaultReceiptCode("Uchwała w sprawie określenia szczegółowego sposobu konsultowania")).toBe("USOS");
  });
});
