// Fixtures for the integration tests of lib/opendata and lib/feeds (real PostgreSQL, shared by
// test files running in parallel): one owner unit of the run's own with consultations in every
// public state and a DRAFT, comments of every kind, answers and a published report. Every id and
// slug carries the run's suffix; the dates lie in 2033, which no other test uses, so that the
// feeds' newest entries are these.
import { randomUUID } from "node:crypto";
import { docFromPlainText } from "@/lib/comments/body";
import { db } from "@/lib/db";
import type { ConsultationStatus, Position } from "@/lib/generated/prisma/enums";
import { consultationWindow, startOfWarsawDay } from "@/lib/time/warsaw";

/** The clock of these tests: during consultation "open", after "closed" ended, before "scheduled". */
export const NOW = new Date("2033-03-10T10:00:00Z");

export const FORMULA = '=HYPERLINK("http://zly.example";"klik")';

type ConsultationSpec = {
  key: string;
  status: ConsultationStatus;
  start: string;
  end: string;
  publishedAt: Date;
  meetingAt?: Date;
  councilOpinionDeadline?: Date;
};

export async function createOpenDataWorld(tag: string) {
  const run = `${tag}-${randomUUID().slice(0, 8)}`;
  const id = (name: string) => `${name}-${run}`;
  const unit = await db.ownerUnit.create({
    data: { id: id("unit"), slug: id("unit"), name: `Departament Otwartych Danych ${run}`, shortName: "DOD" },
  });
  await db.user.createMany({
    data: [
      // The clerk consents to show their name: it must still never stand under a letter they typed in.
      {
        id: id("clerk"),
        email: `${id("clerk")}@example.org`,
        name: `Ewa Urzędniczka ${run}`,
        roles: ["CLERK"],
        showNamePublicly: true,
      },
      { id: id("ngo"), email: `${id("ngo")}@example.org`, name: `Anna Członkini ${run}`, roles: ["NGO_MEMBER"] },
      {
        id: id("consenting"),
        email: `${id("consenting")}@example.org`,
        name: `Jan Zgodny ${run}`,
        roles: ["RESIDENT"],
        showNamePublicly: true,
      },
      { id: id("private"), email: `${id("private")}@example.org`, name: `Maria Prywatna ${run}`, roles: ["RESIDENT"] },
    ],
  });
  await db.organization.create({
    data: {
      id: id("org"),
      name: `Fundacja Otwarta ${run}`,
      legalForm: "FUNDACJA",
      registerKind: "NONE",
      seatAddress: "ul. Lipowa 1, Białystok",
      contactPerson: "Osoba",
      email: "org@example.org",
      verification: "VERIFIED",
    },
  });

  const consultation = async (spec: ConsultationSpec) => {
    const window = consultationWindow(spec.start, spec.end);
    const created = await db.consultation.create({
      data: {
        id: id(spec.key),
        slug: id(spec.key),
        receiptCode: "OD",
        title: `Konsultacje ${spec.key} ${run}`,
        subject: "Projekt uchwały",
        purpose: "Zebranie uwag",
        actType: "UCHWALA",
        ownerUnitId: unit.id,
        contactName: "Urzędnik",
        contactEmail: "urzednik@example.org",
        status: spec.status,
        startDate: new Date(`${spec.start}T00:00:00Z`),
        endDate: new Date(`${spec.end}T00:00:00Z`),
        ...window,
        forms: spec.meetingAt ? ["ONLINE", "MEETING"] : ["ONLINE"],
        meetingAt: spec.meetingAt ?? null,
        meetingPlace: spec.meetingAt ? "Sala 101, ul. Słonimska 1" : null,
        councilOpinionDeadline: spec.councilOpinionDeadline ?? null,
        publishedAt: spec.status === "DRAFT" ? null : spec.publishedAt,
        createdById: id("clerk"),
        createdAt: spec.publishedAt,
        versions: {
          create: {
            id: id(`${spec.key}-v1`),
            number: 1,
            source: "TEXT",
            sourceText: "§ 1. 1. A. § 2. B.",
            publishedAt: spec.status === "DRAFT" ? null : spec.publishedAt,
          },
        },
      },
      select: { id: true },
    });
    const versionId = id(`${spec.key}-v1`);
    const units = [
      {
        key: "par1",
        anchor: "par-1",
        kind: "PARAGRAPH",
        label: "§ 1",
        citation: "§ 1",
        text: "Paragraf pierwszy.",
        parent: null,
      },
      {
        key: "par1.ust1",
        anchor: "par-1-ust-1",
        kind: "SECTION",
        label: "ust. 1",
        citation: "§ 1 ust. 1",
        text: "-5 zł opłaty.",
        parent: "par1",
      },
      {
        key: "par2",
        anchor: "par-2",
        kind: "PARAGRAPH",
        label: "§ 2",
        citation: "§ 2",
        text: "Paragraf drugi.",
        parent: null,
      },
    ] as const;
    await db.provision.createMany({
      data: units.map((u, order) => ({
        id: `${versionId}-${u.key}`,
        versionId,
        key: u.key,
        anchor: u.anchor,
        kind: u.kind,
        label: u.label,
        marker: null,
        citation: u.citation,
        text: u.text,
        order,
        depth: u.parent ? 1 : 0,
        parentId: u.parent ? `${versionId}-${u.parent}` : null,
      })),
    });
    return { id: created.id, slug: id(spec.key), versionId, unit: (key: string) => `${versionId}-${key}` };
  };

  const open = await consultation({
    key: "open",
    status: "OPEN",
    start: "2033-03-01",
    end: "2033-03-12",
    publishedAt: new Date("2033-02-27T09:00:00Z"),
    meetingAt: new Date("2033-03-08T16:30:00Z"),
    councilOpinionDeadline: startOfWarsawDay("2033-03-13"),
  });
  const published = await consultation({
    key: "published",
    status: "REPORT_PUBLISHED",
    start: "2033-01-10",
    end: "2033-01-20",
    publishedAt: new Date("2033-01-08T09:00:00Z"),
  });
  const scheduled = await consultation({
    key: "scheduled",
    status: "SCHEDULED",
    start: "2033-04-01",
    end: "2033-04-15",
    publishedAt: new Date("2033-03-05T09:00:00Z"),
  });
  // Stored as OPEN, but its end has passed: the clock says CLOSED (the closing job is late).
  const lapsed = await consultation({
    key: "lapsed",
    status: "OPEN",
    start: "2033-02-01",
    end: "2033-02-14",
    publishedAt: new Date("2033-01-30T09:00:00Z"),
  });
  const draft = await consultation({
    key: "draft",
    status: "DRAFT",
    start: "2033-03-01",
    end: "2033-03-20",
    publishedAt: new Date("2033-03-09T09:00:00Z"),
  });

  let sequence = 0;
  const comment = async (
    target: { id: string; versionId: string },
    options: {
      text: string;
      unitId?: string | null;
      authorId?: string;
      organizationId?: string | null;
      enteredBy?: string;
      submitterName?: string;
      jointWith?: string[];
      channel?: "PLATFORM" | "POST";
      proposedWording?: string | null;
      justification?: string | null;
      status?: "SUBMITTED" | "WITHDRAWN" | "DRAFT";
      hidden?: string;
      answer?: { position: Position; justification: string | null };
    },
  ) => {
    sequence += 1;
    const status = options.status ?? "SUBMITTED";
    const created = await db.comment.create({
      data: {
        id: id(`comment-${sequence}`),
        consultationId: target.id,
        versionId: target.versionId,
        provisionId: options.unitId ?? null,
        authorId: options.authorId ?? id("ngo"),
        organizationId: options.organizationId ?? null,
        enteredById: options.enteredBy ?? null,
        submitterName: options.submitterName ?? null,
        jointWith: options.jointWith ?? [],
        channel: options.channel ?? "PLATFORM",
        body: docFromPlainText(options.text),
        bodyText: options.text,
        proposedWording: options.proposedWording ?? null,
        justification: options.justification ?? null,
        status,
        submittedAt: status === "DRAFT" ? null : new Date(Date.UTC(2033, 0, 12, 8, sequence)),
        receiptNumber: status === "DRAFT" ? null : `BIA/2033/OD/${run}-${sequence}`,
        receiptHash: status === "DRAFT" ? null : "test",
        idempotencyKey: randomUUID(),
        hiddenAt: options.hidden ? new Date("2033-03-09T12:00:00Z") : null,
        hiddenReason: options.hidden ?? null,
        hiddenById: options.hidden ? id("clerk") : null,
        response: options.answer ? { create: { ...options.answer, authorId: id("clerk") } } : undefined,
      },
      select: { id: true },
    });
    return created.id;
  };

  const ANSWER = `Odpowiedź robocza ${run}`;
  const commentsOn = async (target: Awaited<ReturnType<typeof consultation>>) => ({
    organization: await comment(target, {
      text: `Uwaga organizacji ${run}`,
      unitId: target.unit("par1"),
      organizationId: id("org"),
      proposedWording: FORMULA,
      justification: "+48 85 123 45 67 to nasz telefon",
      answer: { position: "PARTLY_ACCEPTED", justification: ANSWER },
    }),
    consenting: await comment(target, {
      text: `Uwaga mieszkańca za zgodą ${run}`,
      authorId: id("consenting"),
      justification: "Bo tak.",
      answer: { position: "ACCEPTED", justification: null },
    }),
    private: await comment(target, {
      text: `Uwaga mieszkanki bez zgody ${run}`,
      unitId: target.unit("par2"),
      authorId: id("private"),
      answer: { position: "REJECTED", justification: ANSWER },
    }),
    hidden: await comment(target, {
      text: `SEKRET ukryty ${run}`,
      unitId: target.unit("par1.ust1"),
      organizationId: id("org"),
      proposedWording: `SEKRET brzmienie ${run}`,
      justification: `SEKRET uzasadnienie ${run}`,
      hidden: "Treść narusza zasady",
      answer: { position: "EXPLAINED", justification: ANSWER },
    }),
    withdrawn: await comment(target, { text: `WYCOFANA ${run}`, status: "WITHDRAWN", unitId: target.unit("par2") }),
    draft: await comment(target, { text: `SZKIC ${run}`, status: "DRAFT", unitId: target.unit("par2") }),
    letter: await comment(target, {
      text: `Uwaga z listu ${run}`,
      unitId: target.unit("par2"),
      authorId: id("clerk"),
      enteredBy: id("clerk"),
      submitterName: `Jan Kowalski z listu ${run}`,
      jointWith: [`Stowarzyszenie Sąsiedzi ${run}`],
      channel: "POST",
      answer: { position: "EXPLAINED", justification: ANSWER },
    }),
  });
  const openComments = await commentsOn(open);
  const publishedComments = await commentsOn(published);

  const report = await db.report.create({
    data: {
      id: id("report"),
      consultationId: published.id,
      status: "PUBLISHED",
      progress: 100,
      publishingBody: "Prezydent Miasta Białegostoku",
      authorName: "Tomasz Zieliński",
      enteredById: id("clerk"),
      generatedAt: new Date("2033-02-10T09:00:00Z"),
      publishedAt: new Date("2033-02-15T09:00:00Z"),
      files: {
        create: [
          { format: "PDF", sha256: "a".repeat(64), size: 12_345, generatedAt: new Date("2033-02-10T09:00:00Z") },
          { format: "CSV", sha256: "b".repeat(64), size: 2_345, generatedAt: new Date("2033-02-10T09:00:00Z") },
        ],
      },
    },
    select: { id: true },
  });
  // A report still being prepared for the open consultation: never public.
  await db.report.create({ data: { id: id("report-draft"), consultationId: open.id, status: "READY" } });

  return {
    run,
    id,
    unit,
    answerText: ANSWER,
    clerkName: `Ewa Urzędniczka ${run}`,
    consultations: { open, published, scheduled, lapsed, draft },
    comments: { open: openComments, published: publishedComments },
    reportId: report.id,
  };
}

export type OpenDataWorld = Awaited<ReturnType<typeof createOpenDataWorld>>;
