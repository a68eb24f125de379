// The world of lib/comments/commenting.int.test.ts: an owner unit and another, a person of each
// kind (resident, members of two verified organisations, the Council's secretary, clerks, an
// administrator), and one open consultation with one drafting unit.
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { db } from "@/lib/db";

export type CommentingWorld = {
  consultationId: string;
  versionId: string;
  provisionId: string;
  people: Record<"resident" | "ngoMember" | "otherOrgMember" | "council" | "clerk" | "admin", Actor>;
};

export async function createCommentingWorld(
  run: string,
  window: { opensAt: Date; closesAt: Date },
  orgA: string,
  orgB: string,
): Promise<CommentingWorld> {
  const unit = await db.ownerUnit.create({ data: { slug: `unit-${run}`, name: "Dział", shortName: "D" } });
  const otherUnit = await db.ownerUnit.create({ data: { slug: `unit2-${run}`, name: "Inny", shortName: "I" } });
  const user = (key: string, roles: string[] = []) =>
    db.user.create({ data: { email: `${key}-${run}@example.org`, name: key, roles: roles as never } });
  const resident = await user("resident");
  const ngo = await user("ngo", ["NGO_MEMBER"]);
  const other = await user("other", ["NGO_MEMBER"]);
  const council = await user("council", ["COUNCIL_MEMBER"]);
  const clerk = await user("clerk", ["CLERK"]);
  const otherClerk = await user("otherclerk", ["CLERK"]);
  const admin = await user("admin", ["ADMIN"]);
  await db.unitClerk.createMany({
    data: [
      { unitId: unit.id, userId: clerk.id },
      { unitId: otherUnit.id, userId: otherClerk.id },
    ],
  });
  // The Council's secretary: who writes in the Council's name (a plain member may not: policy.test.ts).
  await db.councilMember.create({
    data: {
      userId: council.id,
      appointedBy: "NGO",
      isSecretary: true,
      termStart: new Date("2025-01-01"),
      termEnd: new Date("2027-12-31"),
    },
  });
  const orgBase = {
    legalForm: "STOWARZYSZENIE",
    registerKind: "NONE",
    seatAddress: "ul. A 1",
    contactPerson: "A",
    email: "a@example.org",
    verification: "VERIFIED",
  } as const;
  await db.organization.create({
    data: { id: orgA, name: "Organizacja A", ...orgBase, memberships: { create: { userId: ngo.id } } },
  });
  await db.organization.create({
    data: { id: orgB, name: "Organizacja B", ...orgBase, memberships: { create: { userId: other.id } } },
  });
  const consultation = await db.consultation.create({
    data: {
      slug: `kom-${run}`,
      receiptCode: "KM",
      title: "Test komentowania",
      subject: "S",
      purpose: "P",
      actType: "UCHWALA",
      ownerUnitId: unit.id,
      contactName: "C",
      contactEmail: "c@example.org",
      status: "OPEN",
      startDate: new Date("2026-12-01"),
      endDate: new Date("2026-12-10"),
      ...window,
      justificationRequired: false,
      createdById: clerk.id,
      publishedAt: window.opensAt,
      versions: {
        create: {
          number: 1,
          source: "TEXT",
          sourceText: "§ 1. Tekst.",
          publishedAt: window.opensAt,
          provisions: {
            create: {
              key: "par1",
              anchor: "par-1",
              kind: "PARAGRAPH",
              label: "§ 1",
              citation: "§ 1",
              text: "Tekst obecny.",
              order: 0,
              depth: 0,
            },
          },
        },
      },
    },
    include: { versions: { include: { provisions: true } } },
  });
  const load = async (id: string) => (await loadActor(id)) as Actor;
  return {
    consultationId: consultation.id,
    versionId: consultation.versions[0]?.id as string,
    provisionId: consultation.versions[0]?.provisions[0]?.id as string,
    people: {
      resident: await load(resident.id),
      ngoMember: await load(ngo.id),
      otherOrgMember: await load(other.id),
      council: await load(council.id),
      clerk: await load(clerk.id),
      admin: await load(admin.id),
    },
  };
}
