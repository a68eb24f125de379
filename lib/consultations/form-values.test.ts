import { describe, expect, it } from "vitest";
import {
  consultationColumns,
  consultationFormValues,
  defaultCouncilDeadline,
  statusOnPublication,
  toWarsawLocalDateTime,
  warsawLocalDateTime,
} from "./form-values";
import type { ConsultationFormInput } from "./schema";

const input: ConsultationFormInput = {
  title: "Program współpracy na rok 2027",
  subject: "Projekt uchwały w sprawie programu współpracy",
  purpose: "Zebranie uwag organizacji do projektu",
  legalBasis: "art. 5 ust. 5 ustawy o działalności pożytku publicznego i o wolontariacie",
  actType: "PROGRAM_WSPOLPRACY",
  ownerUnitId: "unit-cwop",
  contactName: "Katarzyna Wiśniewska",
  contactEmail: "k.wisniewska@example.pl",
  contactPhone: "",
  forms: ["ONLINE", "MEETING"],
  meetingAt: "2026-10-25T17:00",
  meetingPlace: "Sala 10",
  whoMayComment: "ORGANIZATIONS",
  justificationRequired: true,
  startDate: "2026-10-20",
  endDate: "2026-10-30",
  councilOpinionDeadline: "",
  receiptCode: "PW",
};

describe("consultation form values", () => {
  it("reads a meeting time as Warsaw local time on both sides of the DST change", () => {
    expect(warsawLocalDateTime("2026-10-24T17:00").toISOString()).toBe("2026-10-24T15:00:00.000Z");
    expect(warsawLocalDateTime("2026-10-25T17:00").toISOString()).toBe("2026-10-25T16:00:00.000Z");
    expect(warsawLocalDateTime("2026-03-29T12:30").toISOString()).toBe("2026-03-29T10:30:00.000Z");
    expect(toWarsawLocalDateTime(new Date("2026-10-25T16:00:00Z"))).toBe("2026-10-25T17:00");
  });

  it("stores the window from 00:00 of the first day to 00:00 after the last, Warsaw time", () => {
    const columns = consultationColumns(input);
    expect(columns.opensAt.toISOString()).toBe("2026-10-19T22:00:00.000Z");
    expect(columns.closesAt.toISOString()).toBe("2026-10-30T23:00:00.000Z");
    expect(columns.startDate.toISOString()).toBe("2026-10-20T00:00:00.000Z");
    expect(columns.contactPhone).toBeNull();
    expect(columns.councilOpinionDeadline).toBeNull();
  });

  it("drops the meeting's date and place when no meeting is planned", () => {
    const columns = consultationColumns({ ...input, forms: ["ONLINE"] });
    expect(columns.meetingAt).toBeNull();
    expect(columns.meetingPlace).toBeNull();
  });

  it("gives back what was saved when the form is opened again", () => {
    const columns = consultationColumns({ ...input, councilOpinionDeadline: "2026-11-05", contactPhone: "85 111" });
    expect(consultationFormValues(columns)).toEqual({
      ...input,
      councilOpinionDeadline: "2026-11-05",
      contactPhone: "85 111",
    });
  });

  it("counts the Council's default deadline from the day of publication", () => {
    expect(defaultCouncilDeadline("2026-12-20", 14)).toBe("2027-01-03");
  });

  it("schedules, opens or refuses a publication by the clock", () => {
    const window = consultationColumns(input);
    expect(statusOnPublication(window, new Date("2026-10-19T21:59:59Z"))).toBe("SCHEDULED");
    expect(statusOnPublication(window, new Date("2026-10-19T22:00:00Z"))).toBe("OPEN");
    expect(statusOnPublication(window, new Date("2026-10-30T22:59:59Z"))).toBe("OPEN");
    expect(statusOnPublication(window, new Date("2026-10-30T23:00:00Z"))).toBe("ENDED");
  });
});
