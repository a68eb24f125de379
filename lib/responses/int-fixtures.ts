// Fixtures for the integration tests of lib/responses (real PostgreSQL): a consultation of one
// owner unit with three units of the draft, clerks of the owner unit, of another unit and of CWOP,
// and comments written straight into the table. Every name carries the run's suffix.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { loadActor } from "@/lib/auth/session";
import { docFromPlainText } from "@/lib/comments/body";
import { db } from "@/lib/db";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";
import { consultationWindow } from "@/lib/time/warsaw";

export const START = "2026-12-01";
export const END = "2026-12-10";
/** While the consultation is open, and after its end. */
export const DURING = new Date("2026-12-05T10:00:00Z");
export const AFTER = new Date("2026-12-14T10:00:00Z");
/** Comments are submitted from here on (after the start, before DURING). */
const SUBMITTED_FROM = new Date("2026-12-02T08:00:00Z");

export type World = Awaited<ReturnType<typeof createWorld>>;

const orgBase = {
  legalForm: "STOWARZYSZENIE",
  registerKind: "NONE",
  seatAddress: "ul. Lipowa 1, Białystok",
  contactPerson: "Osoba",
  email: "org@example.org",
  verification: "VERIFIED",
} as const;

export async function createWorld(tag: string) {
  const run = `${tag}-${randomUUID().slice(0, 8)}`;
  const id = (name: string) => `${name}-${run}`;
  await db.ownerUnit.createMany({
    data: [
      { id: id("unit-owner"), slug: id("unit-owner"), name: "Departament Spraw Społecznych", shortName: "DSS" },
      { id: id("unit-other"), slug: id("unit-other"), name: "Departament Edukacji", shortName: "DE" },
      { id: id("unit-cwop"), slug: id("unit-cwop"), name: "CWOP", shortName: "CWOP", isCoordinator: true },
    ],
  });
  const user = (key: string, roles: ("CLERK" | "ADMIN" | "NGO_MEMBER" | "COUNCIL_MEMBER")[], name = key) =>
    db.user.create({ data: { id: id(key), email: `${id(key)}@example.org`, name, roles } });
  await Promise.all([
    user("owner-clerk", ["CLERK"], "Ewa Urzędniczka"),
    user("owner-clerk-2", ["CLERK"], "Piotr Urzędnik"),
    user("other-clerk", ["CLERK"]),
    user("cwop-clerk", ["CLERK"]),
    user("admin", ["ADMIN"]),
    user("author", ["NGO_MEMBER"]),
  ]);
  await db.unitClerk.createMany({
    data: [
      { unitId: id("unit-owner"), userId: id("owner-clerk") },
      { unitId: id("unit-owner"), userId: id("owner-clerk-2") },
      { unitId: id("unit-other"), userId: id("other-clerk") },
      { unitId: id("unit-cwop"), userId: id("cwop-clerk") },
    ],
  });
  await db.organization.createMany({
    data: [
      { id: id("org-green"), name: `Zielone Podlasie ${run}`, ...orgBase },
      { id: id("org-seniors"), name: `Aktywni Seniorzy ${run}`, ...orgBase },
    ],
  });
  const consultation = async (key: string, status: ConsultationStatus) => {
    const created = await db.consultation.create({
      data: {
        id: id(key),
        slug: id(key),
        receiptCode: "TR",
        receiptsIssued: 7,
        title: `Konsultacje ${key}`,
        subject: "Projekt uchwały",
        purpose: "Zebranie uwag",
        actType: "UCHWALA",
        ownerUnitId: id("unit-owner"),
        contactName: "Urzędnik",
        contactEmail: "urzednik@example.org",
        status,
        startDate: new Date(`${START}T00:00:00Z`),
        endDate: new Date(`${END}T00:00:00Z`),
        ...consultationWindow(START, END),
        publishedAt: consultationWindow(START, END).opensAt,
        createdById: id("owner-clerk"),
        versions: {
          create: {
            id: id(`${key}-v1`),
            number: 1,
            source: "TEXT",
            sourceText: "§ 1. A. § 2. B. § 3. C.",
            publishedAt: consultationWindow(START, END).opensAt,
            // Created out of order on purpose: the inbox sorts by `order`, not by insertion.
            provisions: {
              create: [3, 1, 2].map((n) => ({
                id: id(`${key}-par${n}`),
                key: `par${n}`,
                anchor: `par-${n}`,
                kind: "PARAGRAPH" as const,
                label: `§ ${n}`,
                citation: `§ ${n}`,
                text: `Brzmienie paragrafu ${n}.`,
                order: n - 1,
                depth: 0,
              })),
            },
          },
        },
      },
      select: { id: true, versions: { select: { id: true } } },
    });
    return { id: created.id, versionId: created.versions[0]?.id as string };
  };
  const [open, published] = await Promise.all([
    consultation("open", "OPEN"),
    consultation("published", "REPORT_PUBLISHED"),
  ]);
  const actor = async (key: string) => (await loadActor(id(key))) as Actor;
  return {
    run,
    id,
    open,
    published,
    par: (n: number, key = "open") => id(`${key}-par${n}`),
    org: { green: id("org-green"), seniors: id("org-seniors") },
    actors: {
      owner: await actor("owner-clerk"),
      owner2: await actor("owner-clerk-2"),
      otherUnit: await actor("other-clerk"),
      cwop: await actor("cwop-clerk"),
      admin: await actor("admin"),
      author: await actor("author"),
    },
  };
}

let sequence = 0;

/** A submitted comment written straight into the table. */
export async function addComment(
  world: World,
  options: {
    consultation?: { id: string; versionId: string };
    provisionId?: string | null;
    text: string;
    organizationId?: string | null;
    channel?: "PLATFORM" | "EMAIL" | "POST" | "IN_PERSON" | "MEETING";
    proposedWording?: string | null;
    justification?: string | null;
    submitterName?: string | null;
    jointWith?: string[];
    status?: "SUBMITTED" | "WITHDRAWN" | "DRAFT";
    submittedAt?: Date;
  },
) {
  sequence += 1;
  const consultation = options.consultation ?? world.open;
  const status = options.status ?? "SUBMITTED";
  const comment = await db.comment.create({
    data: {
      consultationId: consultation.id,
      versionId: consultation.versionId,
      provisionId: options.provisionId ?? null,
      authorId: world.actors.author.id,
      organizationId: options.organizationId ?? null,
      channel: options.channel ?? "PLATFORM",
      body: docFromPlainText(options.text),
      bodyText: options.text,
      proposedWording: options.proposedWording ?? null,
      justification: options.justification ?? null,
      submitterName: options.submitterName ?? null,
      jointWith: options.jointWith ?? [],
      status,
      // Before DURING (when the tests answer), one second apart in the order they were added.
      submittedAt:
        status === "DRAFT" ? null : (options.submittedAt ?? new Date(SUBMITTED_FROM.getTime() + sequence * 1000)),
      receiptNumber: status === "DRAFT" ? null : `BIA/2026/TR/${world.run}-${sequence}`,
      receiptHash: status === "DRAFT" ? null : "test",
      idempotencyKey: randomUUID(),
    },
    select: { id: true },
  });
  return comment.id;
}
