import { describe, expect, it } from "vitest";
import { responseSchema } from "@/lib/responses/schema";
import {
  consultationFormSchema,
  daysInclusive,
  isValidLocalDateTime,
  publishedConsultationSchema,
  withMinimumLength,
} from "./schema";

const valid = {
  title: "Program współpracy na rok 2027",
  subject: "Projekt uchwały w sprawie programu współpracy",
  purpose: "Zebranie uwag organizacji do projektu",
  legalBasis: "art. 5 ust. 5 ustawy o działalności pożytku publicznego i o wolontariacie",
  actType: "PROGRAM_WSPOLPRACY",
  ownerUnitId: "unit-cwop",
  contactName: "Katarzyna Wiśniewska",
  contactEmail: "K.Wisniewska@Example.PL",
  forms: ["ONLINE"],
  whoMayComment: "ORGANIZATIONS",
  justificationRequired: true,
  startDate: "2026-12-01",
  endDate: "2026-12-10",
  receiptCode: "pw",
} as const;

const schema = withMinimumLength(7);

describe("consultation form", () => {
  it("accepts a valid consultation and normalises the e-mail and receipt code", () => {
    const parsed = schema.parse(valid);
    expect(parsed.contactEmail).toBe("k.wisniewska@example.pl");
    expect(parsed.receiptCode).toBe("PW");
  });

  it("refuses an end date before the start, on the end date field", () => {
    const result = schema.safeParse({ ...valid, endDate: "2026-11-30" });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["endDate"], message: "consultation.endDate.beforeStart" }),
    ]);
  });

  it("refuses a consultation shorter than the minimum, counting both ends", () => {
    expect(daysInclusive("2026-12-01", "2026-12-07")).toBe(7);
    expect(schema.safeParse({ ...valid, endDate: "2026-12-07" }).success).toBe(true);
    const short = schema.safeParse({ ...valid, endDate: "2026-12-06" });
    expect(short.error?.issues[0]?.message).toBe("consultation.endDate.tooShort");
  });

  it("asks for the meeting's date and place when an open meeting is planned", () => {
    const result = schema.safeParse({ ...valid, forms: ["ONLINE", "MEETING"] });
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(["meetingAt", "meetingPlace"]);
  });

  it("refuses impossible dates", () => {
    expect(schema.safeParse({ ...valid, startDate: "2026-02-30" }).success).toBe(false);
  });

  it("refuses a Council deadline before the start, and under 14 days for the programme or a strategy", () => {
    const form = consultationFormSchema(7);
    const deadline = (actType: string, councilOpinionDeadline: string) =>
      form.safeParse({ ...valid, actType, councilOpinionDeadline }).error?.issues.map((i) => i.message) ?? [];
    expect(deadline("PROGRAM_WSPOLPRACY", "2026-12-14")).toEqual(["consultation.councilDeadline.statutory"]);
    expect(deadline("PROGRAM_WSPOLPRACY", "2026-12-15")).toEqual([]);
    expect(deadline("STRATEGIA", "2026-12-01")).toEqual(["consultation.councilDeadline.statutory"]);
    expect(deadline("UCHWALA", "2026-11-30")).toEqual(["consultation.councilDeadline.beforeStart"]);
    expect(deadline("UCHWALA", "2026-12-05")).toEqual([]);
    expect(deadline("UCHWALA", "")).toEqual([]);
  });

  it("asks for the legal basis, which the report states", () => {
    const result = schema.safeParse({ ...valid, legalBasis: "  " });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["legalBasis"], message: "consultation.legalBasis.required" }),
    ]);
  });
});

describe("answer to a comment", () => {
  it("needs no justification for an accepted comment", () => {
    expect(responseSchema.safeParse({ position: "ACCEPTED" }).success).toBe(true);
  });

  it.each(["PARTLY_ACCEPTED", "REJECTED", "EXPLAINED"])("requires a justification for %s", (position) => {
    const result = responseSchema.safeParse({ position, justification: "  " });
    expect(result.error?.issues[0]).toMatchObject({
      path: ["justification"],
      message: "response.justification.required",
    });
  });
});

describe("consultation form variants", () => {
  const form = consultationFormSchema(7);

  it("accepts an empty Council deadline and meeting time, and refuses malformed ones", () => {
    expect(form.safeParse({ ...valid, councilOpinionDeadline: "", meetingAt: "" }).success).toBe(true);
    const bad = form.safeParse({
      ...valid,
      forms: ["MEETING"],
      meetingAt: "2026-12-03 17:00",
      meetingPlace: "Sala 10",
      councilOpinionDeadline: "2026-02-30",
    });
    expect(bad.error?.issues.map((i) => i.message).sort()).toEqual([
      "consultation.councilDeadline.invalid",
      "consultation.meetingAt.invalid",
    ]);
    expect(isValidLocalDateTime("2026-12-03T17:00")).toBe(true);
  });

  it("keeps the base schema's cross-field rules", () => {
    expect(form.safeParse({ ...valid, endDate: "2026-11-30" }).error?.issues[0]?.message).toBe(
      "consultation.endDate.beforeStart",
    );
  });

  it("after publication lets the end date move only later, only while open, and with a public reason", () => {
    const published = { title: valid.title, contactName: valid.contactName, contactEmail: valid.contactEmail };
    const open = publishedConsultationSchema({ endDate: "2026-12-10", mayExtend: true });
    expect(open.safeParse({ ...published, endDate: "2026-12-14" }).error?.issues[0]).toMatchObject({
      path: ["extensionNote"],
      message: "consultation.extensionNote.required",
    });
    expect(open.safeParse({ ...published, endDate: "2026-12-14", extensionNote: "Dodatkowe spotkanie." }).success).toBe(
      true,
    );
    expect(open.safeParse({ ...published, endDate: "2026-12-09" }).error?.issues[0]?.message).toBe(
      "consultation.endDate.notEarlier",
    );
    const scheduled = publishedConsultationSchema({ endDate: "2026-12-10", mayExtend: false });
    expect(scheduled.safeParse({ ...published, endDate: "2026-12-10" }).success).toBe(true);
    expect(scheduled.safeParse({ ...published, endDate: "2026-12-14" }).error?.issues[0]?.message).toBe(
      "consultation.endDate.locked",
    );
  });
});
