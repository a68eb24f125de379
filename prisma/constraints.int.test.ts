import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

const run = randomUUID().slice(0, 8);
let consultationId: string;
let versionId: string;
let userId: string;

beforeAll(async () => {
  const unit = await db.ownerUnit.create({ data: { slug: `u-${run}`, name: "Dział", shortName: "D" } });
  const user = await db.user.create({ data: { email: `c-${run}@example.org`, roles: ["CLERK"] } });
  userId = user.id;
  const consultation = await db.consultation.create({
    data: {
      slug: `k-${run}`,
      receiptCode: "T",
      title: "T",
      subject: "S",
      purpose: "P",
      actType: "UCHWALA",
      ownerUnitId: unit.id,
      contactName: "C",
      contactEmail: "c@example.org",
      startDate: new Date("2026-12-01"),
      endDate: new Date("2026-12-10"),
      opensAt: new Date("2026-11-30T23:00:00Z"),
      closesAt: new Date("2026-12-10T23:00:00Z"),
      createdById: user.id,
      versions: { create: { number: 1, source: "TEXT", sourceText: "§ 1. Tekst." } },
    },
    include: { versions: true },
  });
  consultationId = consultation.id;
  versionId = consultation.versions[0]?.id as string;
});

afterAll(() => db.$disconnect());

function comment(extra: Record<string, unknown> = {}) {
  return db.comment.create({
    data: {
      consultationId,
      versionId,
      authorId: userId,
      body: { type: "doc", content: [] },
      bodyText: "",
      idempotencyKey: randomUUID(),
      ...extra,
    },
  });
}

describe("database constraints", () => {
  it("refuses a second comment with the same receipt number", async () => {
    const receiptNumber = `BIA/2026/T/${run}`;
    await comment({ receiptNumber });
    await expect(comment({ receiptNumber })).rejects.toThrow(/Unique constraint/i);
  });

  it("refuses a second comment with the same idempotency key", async () => {
    const idempotencyKey = randomUUID();
    await comment({ idempotencyKey });
    await expect(comment({ idempotencyKey })).rejects.toThrow(/Unique constraint/i);
  });

  it("keeps one current answer per comment and every earlier answer in the history", async () => {
    const c = await comment();
    await db.response.create({
      data: { commentId: c.id, position: "REJECTED", justification: "Nie", authorId: userId },
    });
    await expect(
      db.response.create({ data: { commentId: c.id, position: "ACCEPTED", authorId: userId } }),
    ).rejects.toThrow(/Unique constraint/i);
    await db.responseRevision.createMany({
      data: [
        { commentId: c.id, revision: 1, position: "REJECTED", justification: "Nie", authorId: userId },
        { commentId: c.id, revision: 2, position: "ACCEPTED", authorId: userId },
      ],
    });
    await expect(
      db.responseRevision.create({ data: { commentId: c.id, revision: 2, position: "EXPLAINED", authorId: userId } }),
    ).rejects.toThrow(/Unique constraint/i);
    expect(await db.responseRevision.count({ where: { commentId: c.id } })).toBe(2);
  });

  it("accepts a 10-digit KRS number and refuses any other KRS format", async () => {
    const base = {
      name: "Org",
      legalForm: "FUNDACJA",
      registerKind: "KRS",
      seatAddress: "ul. A 1",
      contactPerson: "X",
      email: "o@example.org",
    } as const;
    const digits = `${Date.now()}`.slice(-9);
    await expect(db.organization.create({ data: { ...base, registerNumber: `0${digits}` } })).resolves.toBeTruthy();
    for (const bad of ["123456", "00001234567", "00001234a6", null]) {
      await expect(db.organization.create({ data: { ...base, registerNumber: bad } })).rejects.toThrow(/krs_format/);
    }
  });

  it("lets an initiative group exist without a register number", async () => {
    await expect(
      db.organization.create({
        data: {
          name: "Grupa",
          legalForm: "GRUPA_INICJATYWNA",
          registerKind: "NONE",
          seatAddress: "ul. B 2",
          contactPerson: "Y",
          email: "g@example.org",
        },
      }),
    ).resolves.toBeTruthy();
  });
});
