import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { consultationWindow, type IsoDate, startOfWarsawDay } from "@/lib/time/warsaw";

/**
 * Data for the jobs' and notifications' integration tests. The database is shared by test
 * files running in parallel: every name carries the run's id, and dates are in 2002, far
 * from every other suite's, so moving the clock there touches only these rows.
 */
export function fixtures(label: string) {
  const run = `${label}-${randomUUID().slice(0, 8)}`;
  let n = 0;
  const next = () => `${run}-${++n}`;

  return {
    run,
    async unit() {
      const id = `unit-${next()}`;
      return db.ownerUnit.create({ data: { id, slug: id, name: `Wydział ${id}`, shortName: "W" } });
    },
    async clerk() {
      return db.user.create({ data: { email: `clerk-${next()}@example.org`, roles: ["CLERK"] } });
    },
    /** A verified organisation (with no subscription row: the default, every topic at once). */
    async organization(verified = true) {
      const id = `org-${next()}`;
      return db.organization.create({
        data: {
          id,
          name: `Fundacja ${id}`,
          legalForm: "FUNDACJA",
          registerKind: "NONE",
          seatAddress: "ul. Testowa 1, Białystok",
          contactPerson: "Osoba",
          email: `${id}@example.org`,
          verification: verified ? "VERIFIED" : "PENDING",
        },
      });
    },
    async councilMember(locale = "pl") {
      const user = await db.user.create({
        data: { email: `rada-${next()}@example.org`, roles: ["COUNCIL_MEMBER"], locale },
      });
      await db.councilMember.create({
        data: {
          userId: user.id,
          appointedBy: "NGO",
          termStart: new Date("2001-01-01T00:00:00Z"),
          termEnd: new Date("2004-12-31T00:00:00Z"),
        },
      });
      return user;
    },
    /**
     * A consultation with one version and one drafting unit (so that it can be published).
     * `published`: status and publication time; omitted, a DRAFT.
     */
    async consultation(input: {
      ownerUnitId: string;
      createdById: string;
      startDate: IsoDate;
      endDate: IsoDate;
      published?: { status: "SCHEDULED" | "OPEN" | "CLOSED"; at: Date; councilDeadline?: IsoDate };
    }) {
      const id = `cons-${next()}`;
      const window = consultationWindow(input.startDate, input.endDate);
      const consultation = await db.consultation.create({
        data: {
          id,
          slug: id,
          receiptCode: "JT",
          title: `Projekt uchwały ${id}`,
          subject: "Przedmiot",
          purpose: "Cel",
          actType: "UCHWALA",
          ownerUnitId: input.ownerUnitId,
          contactName: "Kontakt",
          contactEmail: "kontakt@example.org",
          status: input.published?.status ?? "DRAFT",
          startDate: new Date(`${input.startDate}T00:00:00Z`),
          endDate: new Date(`${input.endDate}T00:00:00Z`),
          ...window,
          createdById: input.createdById,
          publishedAt: input.published?.at ?? null,
          announcedAt: input.published?.at ?? null,
          councilOpinionDeadline: input.published?.councilDeadline
            ? startOfWarsawDay(input.published.councilDeadline)
            : null,
        },
      });
      const version = await db.documentVersion.create({
        data: {
          id: `${id}-v1`,
          consultationId: id,
          number: 1,
          source: "TEXT",
          sourceText: "§ 1. Uchwała wchodzi w życie.",
          publishedAt: input.published?.at ?? null,
        },
      });
      const provision = await db.provision.create({
        data: {
          id: `${id}-p1`,
          versionId: version.id,
          key: "par1",
          anchor: "par-1",
          kind: "PARAGRAPH",
          label: "§ 1",
          citation: "§ 1",
          text: "Uchwała wchodzi w życie.",
          order: 0,
          depth: 0,
        },
      });
      return { ...consultation, versionId: version.id, provisionId: provision.id };
    },
    /** A submitted comment of an organisation (it has taken part). */
    async comment(
      consultation: { id: string; versionId: string; provisionId: string },
      authorId: string,
      orgId: string,
    ) {
      const id = `comment-${next()}`;
      return db.comment.create({
        data: {
          id,
          consultationId: consultation.id,
          versionId: consultation.versionId,
          provisionId: consultation.provisionId,
          authorId,
          organizationId: orgId,
          body: { type: "doc", content: [] },
          bodyText: "Uwaga",
          status: "SUBMITTED",
          submittedAt: new Date("2002-01-01T10:00:00Z"),
          receiptNumber: `JT/${id}`,
          receiptHash: "x",
          idempotencyKey: id,
        },
      });
    },
  };
}

/** Polls `check` until it returns a value (not undefined/false) or the deadline passes (generous: jobs poll, and a loaded CI machine is slow). */
export async function eventually<T>(check: () => Promise<T | undefined | false>, timeoutMs = 50_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A pg-boss schema of the test's own (letters, digits and underscores). */
export function jobSchemaFor(run: string): string {
  return `pgboss_t_${run.replace(/[^a-z0-9]/g, "_")}`.slice(0, 50);
}

/** Waits until `count` jobs of `queue` in the test's job schema have finished (completed or failed for good). */
export async function jobsFinished(schema: string, queue: string, count: number, timeoutMs = 45_000) {
  await eventually(async () => {
    const rows = await db.$queryRawUnsafe<{ done: number }[]>(
      `SELECT count(*)::int AS done FROM "${schema}".job WHERE name = $1 AND state IN ('completed', 'failed')`,
      queue,
    );
    return (rows[0]?.done ?? 0) >= count;
  }, timeoutMs);
}
