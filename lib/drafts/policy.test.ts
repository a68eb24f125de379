import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import {
  canDeleteAttachment,
  canDownloadFile,
  canEditDraft,
  canUploadAttachment,
  draftSaveMode,
  isReasonRequired,
} from "./policy";

function actor(overrides: Partial<Actor>): Actor {
  return {
    id: "u",
    name: "U",
    email: "u@example.pl",
    roles: ["RESIDENT"],
    locale: "pl",
    clerkUnitIds: [],
    isCoordinatorClerk: false,
    memberships: [],
    council: null,
    ...overrides,
  };
}

const opensAt = new Date("2026-12-01T00:00:00Z");
const closesAt = new Date("2026-12-11T00:00:00Z");
const consultation = (status: "DRAFT" | "SCHEDULED" | "OPEN" | "CLOSED" | "REPORT_PUBLISHED") => ({
  ownerUnitId: "dss",
  status,
  opensAt,
  closesAt,
});
const cwop = actor({ roles: ["CLERK"], clerkUnitIds: ["cwop"], isCoordinatorClerk: true });
const dss = actor({ roles: ["CLERK"], clerkUnitIds: ["dss"] });
const edu = actor({ roles: ["CLERK"], clerkUnitIds: ["edu"] });
const admin = actor({ roles: ["ADMIN"] });
const resident = actor({});

describe("draft policy", () => {
  it("lets the owner unit's clerks, CWOP clerks and admins edit a draft; nobody else", () => {
    const c = consultation("DRAFT");
    expect([cwop, dss, admin].map((a) => canEditDraft(a, c))).toEqual([true, true, true]);
    expect([edu, resident, null].map((a) => canEditDraft(a, c))).toEqual([false, false, false]);
    expect(canUploadAttachment(edu, c)).toBe(false);
  });

  it("replaces the draft before publication, needs a reason while announced or open, and adds versions after the close", () => {
    const during = new Date("2026-12-05T10:00:00Z");
    expect(draftSaveMode(consultation("DRAFT"), during)).toBe("replace");
    expect(draftSaveMode(consultation("SCHEDULED"), new Date("2026-11-20T10:00:00Z"))).toBe("correction");
    expect(draftSaveMode(consultation("OPEN"), during)).toBe("correction");
    // The clock decides: an OPEN consultation past its end is closed even before the job runs.
    expect(draftSaveMode(consultation("OPEN"), new Date("2026-12-11T00:00:00Z"))).toBe("new_version");
    expect(draftSaveMode(consultation("REPORT_PUBLISHED"), during)).toBe("new_version");
    expect([isReasonRequired("replace"), isReasonRequired("correction"), isReasonRequired("new_version")]).toEqual([
      false,
      true,
      false,
    ]);
  });

  it("deletes attachments only before publication", () => {
    expect(canDeleteAttachment(dss, consultation("DRAFT"))).toBe(true);
    expect(canDeleteAttachment(dss, consultation("OPEN"))).toBe(false);
    expect(canDeleteAttachment(edu, consultation("DRAFT"))).toBe(false);
  });

  it("serves attachments with their consultation: managers always, everyone once published", () => {
    const file = (status: "DRAFT" | "OPEN", purpose = "attachment") => ({
      purpose,
      consultation: { ownerUnitId: "dss", status },
    });
    expect(canDownloadFile(null, file("OPEN"))).toBe(true);
    expect(canDownloadFile(null, file("DRAFT"))).toBe(false);
    expect(canDownloadFile(edu, file("DRAFT"))).toBe(false);
    expect(canDownloadFile(dss, file("DRAFT"))).toBe(true);
    expect(canDownloadFile(resident, file("OPEN", "opinion_scan"))).toBe(false);
    expect(canDownloadFile(admin, { purpose: "attachment", consultation: null })).toBe(false);
  });
});
