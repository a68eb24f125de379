import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadReportSource } from "./source";
import { consultationFigures, organisationsInYear, perOwnerUnit, yearTotals } from "./statistics";

// Year 2004: no other suite has consultations ending then.
const run = randomUUID().slice(0, 8);
const id = (name: string) => `${name}-${run}`;

async function consultation(name: string, endDate: string, status: "CLOSED" | "DRAFT" = "CLOSED") {
  await db.consultation.create({
    data: {
      id: id(name),
      slug: id(name),
      receiptCode: "ST",
      title: `Statystyka ${name}`,
      subject: "S",
      purpose: "P",
      actType: "UCHWALA",
      ownerUnitId: id("unit"),
      contactName: "C",
      contactEmail: "c@example.org",
      status,
      startDate: new Date("2004-01-01"),
      endDate: new Date(endDate),
      opensAt: new Date("2003-12-31T23:00:00Z"),
      closesAt: new Date(`${endDate}T22:00:00Z`),
      createdById: id("clerk"),
      versions: { create: { id: id(`${name}-v`), number: 1, source: "TEXT", sourceText: "§ 1. A." } },
    },
  });
}

async function comment(
  name: string,
  n: number,
  organizationId: string | null,
  position: string | null,
  letter: { submitterName?: string; jointWith?: string[] } = {},
) {
  const commentId = id(`${name}-c${n}`);
  await db.comment.create({
    data: {
      id: commentId,
      consultationId: id(name),
      versionId: id(`${name}-v`),
      authorId: id("clerk"),
      organizationId,
      ...(letter.submitterName || letter.jointWith
        ? { channel: "POST", submitterName: letter.submitterName ?? null, jointWith: letter.jointWith ?? [] }
        : {}),
      body: { type: "doc", content: [] },
      bodyText: `Uwaga ${n}`,
      status: "SUBMITTED",
      submittedAt: new Date("2004-02-01T10:00:00Z"),
      receiptNumber: id(`${name}/${n}`),
      receiptHash: "x",
      idempotencyKey: randomUUID(),
    },
  });
  if (position) {
    await db.response.create({
      data: { commentId, position: position as never, justification: "J", authorId: id("clerk") },
    });
  }
}

beforeAll(async () => {
  await db.ownerUnit.create({ data: { id: id("unit"), slug: id("unit"), name: `Wydział ${run}`, shortName: "W" } });
  await db.user.create({ data: { id: id("clerk"), email: `${id("clerk")}@example.org`, roles: ["CLERK"] } });
  for (const org of ["a", "b"]) {
    await db.organization.create({
      data: {
        id: id(`org-${org}`),
        name: `Organizacja ${org}`,
        legalForm: "FUNDACJA",
        registerKind: "NONE",
        seatAddress: "ul. A 1",
        contactPerson: "A",
        email: "a@example.org",
      },
    });
  }
  await consultation("first", "2004-03-10");
  await consultation("second", "2004-11-20");
  await consultation("draft", "2004-05-10", "DRAFT");
  await consultation("next-year", "2005-01-10");
  await comment("first", 1, id("org-a"), "ACCEPTED");
  await comment("first", 2, id("org-b"), "PARTLY_ACCEPTED");
  await comment("first", 3, null, "REJECTED");
  await comment("second", 1, id("org-a"), null);
  await comment("next-year", 1, id("org-b"), "ACCEPTED");
  // Letters: a sender outside the platform (twice), a private person, a joint submission.
  await consultation("letters", "2004-06-10");
  await comment("letters", 1, id("org-a"), null);
  await comment("letters", 2, null, null, { submitterName: `Koło Gospodyń ${run}` });
  await comment("letters", 3, null, null, { submitterName: `Koło Gospodyń ${run}` });
  await comment("letters", 4, null, null, { submitterName: "Mieszkaniec/Mieszkanka" });
  await comment("letters", 5, id("org-b"), null, { jointWith: [`Sąsiedzi ${run}`, "Organizacja a"] });
});

afterAll(() => db.$disconnect());

describe("statistics for the cooperation programme report", () => {
  it("count a year's consultations, comments, organisations and positions, leaving drafts and other years out", async () => {
    const rows = (await consultationFigures(2004)).filter((r) => r.id.endsWith(run));
    expect(rows.map((r) => r.title)).toEqual(["Statystyka first", "Statystyka letters", "Statystyka second"]);
    expect(rows[0]).toMatchObject({ comments: 3, organisations: 2, accepted: 1, partlyAccepted: 1, rejected: 1 });
    expect(rows[2]).toMatchObject({ comments: 1, unanswered: 1 });
    const totals = yearTotals(rows);
    expect(totals).toMatchObject({ consultations: 3, comments: 9, accepted: 2 });
    // Two of the three answered comments were accepted in full or in part.
    expect(totals.acceptedShare).toBeCloseTo(2 / 3);
    expect(perOwnerUnit(rows)).toEqual([{ unit: `Wydział ${run}`, consultations: 3, comments: 9, accepted: 2 }]);
    // a, b, the letters' sender and the co-signer (2004 is this file's year alone).
    expect(await organisationsInYear(2004)).toBe(4);
  });

  it("count a consultation's organisations as its report does: by name, letters and co-signers too, no residents", async () => {
    const letters = (await consultationFigures(2004)).find((r) => r.id === id("letters"));
    // Organizacja a (on the platform and as a co-signer), Organizacja b, Koło Gospodyń (two letters), Sąsiedzi.
    expect(letters?.organisations).toBe(4);
    const report = await loadReportSource(id("letters"), null);
    expect(report.header.organisationsCount).toBe(letters?.organisations);
  });
});
