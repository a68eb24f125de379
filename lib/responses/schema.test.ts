import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { detectScanType, MAX_SCAN_SIZE } from "./scan";
import { answerCommentsSchema, enteredCommentSchema, jointWithList, responseMessageKeys } from "./schema";

describe("answer for several comments", () => {
  it("requires a justification for every position but accepted", () => {
    expect(answerCommentsSchema.safeParse({ commentIds: ["c1"], position: "ACCEPTED" }).success).toBe(true);
    for (const position of ["PARTLY_ACCEPTED", "REJECTED", "EXPLAINED"]) {
      const result = answerCommentsSchema.safeParse({ commentIds: ["c1"], position, justification: " " });
      expect(result.error?.issues.map((i) => i.message)).toEqual(["response.justification.required"]);
    }
  });

  it("needs at least one comment and drops repeated ids", () => {
    const none = answerCommentsSchema.safeParse({ commentIds: [], position: "ACCEPTED" });
    expect(none.error?.issues[0]?.message).toBe("response.comments.required");
    const twice = answerCommentsSchema.parse({ commentIds: ["c1", "c1", "c2"], position: "ACCEPTED" });
    expect(twice.commentIds).toEqual(["c1", "c2"]);
  });

  it("refuses a missing position and has a catalogue key for every message", () => {
    const result = answerCommentsSchema.safeParse({ commentIds: ["c1"] });
    expect(result.error?.issues[0]).toMatchObject({ path: ["position"], message: "response.position.required" });
    for (const key of ["response.position.required", "response.justification.required", "response.comments.required"]) {
      expect(responseMessageKeys[key]).toMatch(/^inbox\.errors\./);
    }
  });
});

describe("a comment entered from another channel", () => {
  const schema = enteredCommentSchema({ endDate: "2026-12-10", today: "2026-12-15" });
  const valid = {
    submitterKind: "organization",
    organizationId: "org-1",
    submitterName: "",
    jointWith: "",
    provisionId: "",
    body: "Treść uwagi z pisma.",
    proposedWording: "",
    justification: "",
    receivedOn: "2026-12-10",
    channel: "POST",
    scanFileId: "",
    idempotencyKey: randomUUID(),
  };

  it("accepts a letter received on the last day", () => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  it("refuses a date received after the end date, and one in the future", () => {
    const late = schema.safeParse({ ...valid, receivedOn: "2026-12-11" });
    expect(late.error?.issues).toEqual([
      expect.objectContaining({ path: ["receivedOn"], message: "inbox.enter.errors.receivedAfterEnd" }),
    ]);
    const early = enteredCommentSchema({ endDate: "2026-12-10", today: "2026-12-05" });
    expect(early.safeParse({ ...valid, receivedOn: "2026-12-06" }).error?.issues[0]?.message).toBe(
      "inbox.enter.errors.receivedInFuture",
    );
    expect(schema.safeParse({ ...valid, receivedOn: "2026-02-30" }).error?.issues[0]?.message).toBe(
      "inbox.enter.errors.receivedOnInvalid",
    );
  });

  it("needs the organisation or the submitter's name, whichever was chosen", () => {
    expect(schema.safeParse({ ...valid, organizationId: "" }).error?.issues[0]?.path).toEqual(["organizationId"]);
    const other = { ...valid, submitterKind: "other", organizationId: "" };
    expect(schema.safeParse(other).error?.issues[0]?.path).toEqual(["submitterName"]);
    expect(schema.safeParse({ ...other, submitterName: "Stowarzyszenie Przyjaciół Bojar" }).success).toBe(true);
    // A private person may stay unnamed (no consent): nothing more is asked.
    expect(schema.safeParse({ ...valid, submitterKind: "person", organizationId: "", submitterName: "" }).success).toBe(
      true,
    );
  });

  it("lists every problem at once, the missing organisation with the missing text", () => {
    const result = schema.safeParse({ ...valid, organizationId: "", body: "", channel: undefined });
    expect(result.error?.issues.map((i) => i.path[0]).sort()).toEqual(["body", "channel", "organizationId"]);
    expect(schema.safeParse(null).success).toBe(false);
  });

  it("refuses the platform as a channel and an empty text", () => {
    expect(schema.safeParse({ ...valid, channel: "PLATFORM" }).success).toBe(false);
    expect(schema.safeParse({ ...valid, body: "   " }).error?.issues[0]?.message).toBe(
      "inbox.enter.errors.bodyRequired",
    );
  });

  it("reads co-signing organisations one per line, without blanks and repeats", () => {
    expect(jointWithList("Fundacja A\r\n\n  Stowarzyszenie   B \nFundacja A\n")).toEqual([
      "Fundacja A",
      "Stowarzyszenie B",
    ]);
  });
});

describe("scan of a letter", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it("recognises PDF, JPEG and PNG by their content", () => {
    expect(detectScanType(bytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"))).toMatchObject({
      ok: true,
      mimeType: "application/pdf",
    });
    expect(detectScanType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).toMatchObject({
      ok: true,
      mimeType: "image/jpeg",
    });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0]);
    expect(detectScanType(png)).toMatchObject({ ok: true, mimeType: "image/png" });
  });

  it("refuses other files, a cut-off PDF, an empty and a too large file", () => {
    expect(detectScanType(bytes("<html>not a scan</html>"))).toEqual({ ok: false, reason: "unsupported" });
    expect(detectScanType(bytes("%PDF-1.4\n1 0 obj"))).toEqual({ ok: false, reason: "corrupt" });
    expect(detectScanType(new Uint8Array())).toEqual({ ok: false, reason: "empty" });
    expect(detectScanType(new Uint8Array(11), 10)).toEqual({ ok: false, reason: "too_large" });
    expect(MAX_SCAN_SIZE).toBe(10 * 1024 * 1024);
  });
});
