import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { consultationWindow } from "@/lib/time/warsaw";
import { reportWriters } from "./formats";
import { generateReport } from "./generate";
import { ABANDONED, publishReport, requestReport } from "./mutations";
import { notifyMissedReports, notifyReportPublished } from "./notify";
import { redactPublishedReports, reportCorrections } from "./redact";
import { loadReportSource, reportRowsPage } from "./source";

const run = randomUUID().slice(0, 8);
const id = (name: string) => `${name}-${run}`;
const window = consultationWindow("2026-10-01", "2026-10-14");
const afterClose = new Date(window.closesAt.getTime() + 3_600_000);

function clerk(unitId: string, overrides: Partial<Actor> = {}): Actor {
  return {
    id: id("clerk"),
    name: "Urzędniczka",
    email: `${id("clerk")}@example.org`,
    roles: ["CLERK"],
    locale: "pl",
    clerkUnitIds: [unitId],
    isCoordinatorClerk: false,
    memberships: [],
    council: null,
    ...overrides,
  };
}

async function consultation(name: string) {
  return db.consultation.create({
    data: {
      id: id(name),
      slug: id(name),
      receiptCode: "RP",
      title: `Uchwała w sprawie ${name} – zażółć gęślą jaźń`,
      subject: "S",
      purpose: "P",
      actType: "UCHWALA",
      ownerUnitId: id("unit"),
      contactName: "Jan Kowalski",
      contactEmail: "jan@example.org",
      status: "OPEN",
      startDate: window.opensAt,
      endDate: new Date("2026-10-14"),
      ...window,
      createdById: id("clerk"),
      publishedAt: window.opensAt,
      legalBasis: "art. 5a ust. 1 ustawy o samorządzie gminnym",
      versions: {
        create: {
          id: `${id(name)}-v`,
          number: 1,
          source: "TEXT",
          sourceText: "§ 1. Tekst.\n§ 2. Drugi.",
          publishedAt: window.opensAt,
          provisions: {
            create: [
              {
                id: id(`${name}-p1`),
                key: "par1",
                anchor: "par-1",
                kind: "PARAGRAPH",
                label: "§ 1",
                citation: "§ 1",
                text: "Tekst.",
                order: 0,
                depth: 0,
              },
              {
                id: id(`${name}-p2`),
                key: "par2",
                anchor: "par-2",
                kind: "PARAGRAPH",
                label: "§ 2",
                citation: "§ 2",
                text: "Drugi.",
                order: 1,
                depth: 0,
              },
            ],
          },
        },
      },
    },
  });
}

async function comment(consultationId: string, provision: string | null, text: string, n: number) {
  const commentId = id(`${consultationId}-c${n}`);
  await db.comment.create({
    data: {
      id: commentId,
      consultationId,
      versionId: `${consultationId}-v`,
      provisionId: provision,
      authorId: id("author"),
      organizationId: id("org"),
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] },
      bodyText: text,
      currentWording: "Tekst.",
      proposedWording: n === 1 ? "Nowe brzmienie § 1." : null,
      justification: n === 1 ? '=HYPERLINK("http://zło")' : "Bo tak będzie lepiej.",
      status: "SUBMITTED",
      submittedAt: new Date(window.opensAt.getTime() + n * 3_600_000),
      receiptNumber: `BIA/2026/RP/${run}-${n}`,
      receiptHash: "x",
      idempotencyKey: randomUUID(),
    },
  });
  return commentId;
}

async function fileHashes(reportId: string) {
  const files = await db.reportFile.findMany({
    where: { reportId },
    include: { chunks: { orderBy: { index: "asc" } } },
    orderBy: { format: "asc" },
  });
  return files.map((f) => {
    const bytes = Buffer.concat(f.chunks.map((c) => Buffer.from(c.content)));
    return { format: f.format, sha256: f.sha256, actual: createHash("sha256").update(bytes).digest("hex"), bytes };
  });
}

let unitClerk: Actor;
let withComments: string;
let first: string;
let second: string;

beforeAll(async () => {
  await db.ownerUnit.create({
    data: { id: id("unit"), slug: id("unit"), name: "Departament Spraw Społecznych", shortName: "DSS" },
  });
  await db.user.create({ data: { id: id("clerk"), email: `${id("clerk")}@example.org`, roles: ["CLERK"] } });
  await db.user.create({ data: { id: id("author"), email: `${id("author")}@example.org`, roles: ["NGO_MEMBER"] } });
  await db.organization.create({
    data: {
      id: id("org"),
      name: "Fundacja Łąki i Źródła",
      legalForm: "FUNDACJA",
      registerKind: "NONE",
      seatAddress: "ul. A 1",
      contactPerson: "A",
      email: `${id("org")}@example.org`,
    },
  });
  unitClerk = clerk(id("unit"));
  withComments = (await consultation("pelna")).id;
  first = await comment(withComments, id("pelna-p2"), "Druga uwaga do § 2.", 2);
  second = await comment(withComments, id("pelna-p1"), "Pierwsza uwaga do § 1 – źdźbło.", 1);
  await db.response.create({
    data: { commentId: first, position: "REJECTED", justification: "Niezgodne z ustawą.", authorId: id("clerk") },
  });
});

afterAll(() => db.$disconnect());

describe("the consolidated report", () => {
  it("is refused before the close and to a clerk of another unit", async () => {
    const during = new Date(window.opensAt.getTime() + 86_400_000);
    expect(await requestReport(unitClerk, withComments, null, during)).toEqual({ ok: false, reason: "forbidden" });
    const stranger = clerk("another-unit");
    expect(await requestReport(stranger, withComments, null, afterClose)).toEqual({ ok: false, reason: "forbidden" });
  });

  it("lists every comment in the draft's order with its answer, and counts positions", async () => {
    const source = await loadReportSource(withComments, null);
    const rows = [];
    for await (const row of source.rows()) rows.push(row);
    expect(rows.map((r) => [r.lp, r.unit, r.position])).toEqual([
      [1, "§ 1", ""],
      [2, "§ 2", "nieuwzględniona"],
    ]);
    expect(rows[1]?.submittedBy).toBe("Fundacja Łąki i Źródła");
    expect(source.header.outcome).toMatch(/^Zgłoszono 2 uwagi: uwzględniono 0, /);
    expect(source.header).toMatchObject({
      commentsCount: 2,
      organisationsCount: 1,
      ownerUnit: "Departament Spraw Społecznych",
    });
    expect(source.header.positions.find((p) => p.position === "REJECTED")?.count).toBe(1);
    expect(source.header.positions.find((p) => p.position === "UNANSWERED")?.count).toBe(1);
  });

  it("names each unit with its version when the draft was corrected during the consultation, and counts in Polish", async () => {
    const corrected = (await consultation("poprawiony")).id;
    await comment(corrected, id("poprawiony-p1"), "Do pierwszej wersji.", 11);
    const single = await loadReportSource(corrected, null);
    expect(single.header.outcome).toMatch(/^Zgłoszono 1 uwagę: /);
    expect((await reportRowsPage(corrected, 1, 10)).map((r) => r.unit)).toEqual(["§ 1"]);
    await db.documentVersion.create({
      data: {
        id: `${corrected}-v2`,
        consultationId: corrected,
        number: 2,
        reason: "Poprawka",
        source: "TEXT",
        sourceText: "§ 1. Tekst poprawiony.",
        publishedAt: window.opensAt,
        provisions: {
          create: [
            {
              id: id("poprawiony-v2-p1"),
              key: "par1",
              anchor: "par-1",
              kind: "PARAGRAPH",
              label: "§ 1",
              citation: "§ 1",
              text: "Tekst poprawiony.",
              order: 0,
              depth: 0,
            },
          ],
        },
      },
    });
    const second = await comment(corrected, id("poprawiony-v2-p1"), "Do drugiej wersji.", 12);
    await db.comment.update({ where: { id: second }, data: { versionId: `${corrected}-v2` } });
    const source = await loadReportSource(corrected, null);
    const rows = [];
    for await (const row of source.rows()) rows.push(row.unit);
    expect(rows).toEqual(["§ 1 (wersja 1)", "§ 1 (wersja 2)"]);
    expect((await reportRowsPage(corrected, 1, 10)).map((r) => r.unit)).toEqual(rows);
    expect(source.header.perUnit).toEqual([
      { unit: "§ 1 (wersja 1)", count: 1 },
      { unit: "§ 1 (wersja 2)", count: 1 },
    ]);
    expect(source.header.outcome).toMatch(/^Zgłoszono 2 uwagi: /);
  });

  it("is generated by the job into four files whose stored SHA-256 matches, the same bytes each time", async () => {
    const requested = await requestReport(unitClerk, withComments, "Projekt zostanie zmieniony.", afterClose);
    if (!requested.ok) throw new Error(requested.reason);
    expect(await requestReport(unitClerk, withComments, null, afterClose)).toEqual({ ok: false, reason: "generating" });
    await generateReport(requested.data.reportId);
    const report = await db.report.findUniqueOrThrow({ where: { id: requested.data.reportId } });
    expect(report).toMatchObject({ status: "READY", progress: 100, error: null });
    const files = await fileHashes(report.id);
    expect(files.map((f) => f.format)).toEqual(["PDF", "DOCX", "CSV", "JSON"]);
    for (const file of files) expect(file.actual).toBe(file.sha256);
    const csv = files.find((f) => f.format === "CSV")?.bytes.toString("utf8") ?? "";
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("'=HYPERLINK");
    const json = JSON.parse(files.find((f) => f.format === "JSON")?.bytes.toString("utf8") ?? "{}");
    expect(json.comments).toHaveLength(2);
    expect(json.header.outcome).toBe("Projekt zostanie zmieniony.");

    await generateReport(report.id);
    const again = await fileHashes(report.id);
    expect(again.map((f) => f.sha256)).toEqual(files.map((f) => f.sha256));
  });

  it("marks a failed generation as failed with its error, never ready without files", async () => {
    const requested = await requestReport(unitClerk, withComments, null, afterClose);
    if (!requested.ok) throw new Error(requested.reason);
    const failing = vi.spyOn(reportWriters.DOCX, "write").mockRejectedValueOnce(new Error("brak miejsca na dysku"));
    await expect(generateReport(requested.data.reportId)).rejects.toThrow("brak miejsca na dysku");
    failing.mockRestore();
    const report = await db.report.findUniqueOrThrow({ where: { id: requested.data.reportId } });
    expect(report).toMatchObject({ status: "FAILED", error: "brak miejsca na dysku" });
    // Generating again (the clerk's retry) completes it.
    await generateReport(report.id);
    expect((await db.report.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("READY");
  });

  it("does not let a generation lost by a restart block the consultation: after 20 minutes it is marked failed", async () => {
    const lost = await requestReport(unitClerk, withComments, "Zaginione.", afterClose);
    if (!lost.ok) throw new Error(lost.reason);
    // Its job never ran (the server stopped): within the job's expiry the clerk waits…
    const soon = new Date(afterClose.getTime() + 19 * 60_000);
    expect(await requestReport(unitClerk, withComments, null, soon)).toEqual({ ok: false, reason: "generating" });
    // …after it, a new generation is allowed and the lost one says why it has no files.
    const later = new Date(afterClose.getTime() + 21 * 60_000);
    const next = await requestReport(unitClerk, withComments, "Projekt zostanie zmieniony.", later);
    if (!next.ok) throw new Error(next.reason);
    expect(await db.report.findUniqueOrThrow({ where: { id: lost.data.reportId } })).toMatchObject({
      status: "FAILED",
      error: ABANDONED,
    });
    // Its job starting late (it waited behind others, or the server came back) leaves it as it is.
    await generateReport(lost.data.reportId);
    expect(await db.report.findUniqueOrThrow({ where: { id: lost.data.reportId } })).toMatchObject({
      status: "FAILED",
      error: ABANDONED,
    });
    expect(await db.reportFile.count({ where: { reportId: lost.data.reportId } })).toBe(0);
    await generateReport(next.data.reportId);
    expect((await db.report.findUniqueOrThrow({ where: { id: next.data.reportId } })).status).toBe("READY");
  });

  it("is published only when nothing changed since generation, then e-mails each commenter once", async () => {
    const reports = await db.report.findMany({
      where: { consultationId: withComments },
      orderBy: { createdAt: "desc" },
    });
    const latest = reports[0];
    if (!latest) throw new Error("no report");
    await db.response.update({ where: { commentId: first }, data: { justification: "Niezgodne z ustawą (art. 5)." } });
    expect(await publishReport(unitClerk, latest.id, "Anna Nowak, dyrektor", afterClose)).toEqual({
      ok: false,
      reason: "stale",
    });
    await generateReport(latest.id);
    // The Council's opinion (or its waiver) recorded after generation makes the files stale too.
    await db.councilOpinion.create({ data: { consultationId: withComments, kind: "WAIVED" } });
    expect(await publishReport(unitClerk, latest.id, "Anna Nowak, dyrektor", afterClose)).toEqual({
      ok: false,
      reason: "stale",
    });
    await generateReport(latest.id);
    // Every comment needs the owner unit's position first: once published, answers are locked.
    expect(await publishReport(unitClerk, latest.id, "Anna Nowak, dyrektor", afterClose)).toEqual({
      ok: false,
      reason: "unanswered",
    });
    await db.response.create({
      data: { commentId: second, position: "EXPLAINED", justification: "Poza zakresem.", authorId: id("clerk") },
    });
    await generateReport(latest.id);
    const published = await publishReport(unitClerk, latest.id, "Anna Nowak, dyrektor", afterClose);
    expect(published).toEqual({ ok: true, data: { consultationId: withComments } });
    const stored = await db.report.findUniqueOrThrow({ where: { id: latest.id } });
    expect(stored).toMatchObject({ status: "PUBLISHED", authorName: "Anna Nowak, dyrektor", enteredById: id("clerk") });
    expect((await db.consultation.findUniqueOrThrow({ where: { id: withComments } })).status).toBe("REPORT_PUBLISHED");

    // The job sent after publishing is lost (a crash right after the commit): the 5-minute sweep queues the e-mails.
    const sweep = new Date(afterClose.getTime() + 5 * 60_000);
    expect(await notifyMissedReports(sweep)).toContain(latest.id);
    expect(await notifyMissedReports(sweep)).not.toContain(latest.id);
    expect(await notifyReportPublished(latest.id)).toEqual({ sent: 0, skipped: 1 });
    const mails = await db.emailMessage.findMany({ where: { kind: `report-published:${latest.id}` } });
    expect(mails.map((m) => m.to)).toEqual([`${id("org")}@example.org`]);
    expect(mails[0]?.subject).toContain("Opublikowano sprawozdanie");
  });

  it("after publication, a comment hidden later is taken out of the files, the correction logged with both hashes", async () => {
    const report = await db.report.findFirstOrThrow({ where: { consultationId: withComments, status: "PUBLISHED" } });
    const before = await fileHashes(report.id);
    expect(before.find((f) => f.format === "CSV")?.bytes.toString("utf8")).toContain("źdźbło");
    expect(await redactPublishedReports(withComments)).toEqual([]);
    await db.comment.update({
      where: { id: second },
      data: { hiddenAt: new Date(), hiddenReason: "Dane osobowe osoby trzeciej." },
    });
    expect(await redactPublishedReports(withComments)).toEqual([report.id]);
    const after = await fileHashes(report.id);
    for (const file of after) expect(file.actual).toBe(file.sha256);
    for (const file of after.filter((f) => f.format !== "PDF" && f.format !== "DOCX")) {
      expect(file.bytes.toString("utf8")).not.toContain("źdźbło");
      expect(file.bytes.toString("utf8")).toContain("Dane osobowe osoby trzeciej.");
    }
    expect(after.map((f) => f.sha256)).not.toEqual(before.map((f) => f.sha256));
    // The publication record stays as it was (created, published).
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id } })).toMatchObject({
      status: "PUBLISHED",
      publishedAt: report.publishedAt,
      generatedAt: report.generatedAt,
    });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: report.id, action: "report.corrected" } });
    expect(event.data).toMatchObject({
      before: Object.fromEntries(before.map((f) => [f.format, f.sha256])),
      after: Object.fromEntries(after.map((f) => [f.format, f.sha256])),
    });
    expect(await reportCorrections(report.id)).toEqual([
      {
        at: event.at,
        hidden: [{ receiptNumber: `BIA/2026/RP/${run}-1`, reason: "Dane osobowe osoby trzeciej." }],
      },
    ]);
    // Run again (the scan after the job): nothing to correct.
    expect(await redactPublishedReports()).not.toContain(report.id);
  });

  it("a correction that fails half-way changes nothing (the published files stay whole) and is done by the next run", async () => {
    const report = await db.report.findFirstOrThrow({ where: { consultationId: withComments, status: "PUBLISHED" } });
    const before = await fileHashes(report.id);
    await db.comment.update({ where: { id: first }, data: { hiddenAt: new Date(), hiddenReason: "Obraźliwe." } });
    const failing = vi.spyOn(reportWriters.CSV, "write").mockRejectedValueOnce(new Error("połączenie przerwane"));
    await expect(redactPublishedReports(withComments)).rejects.toThrow("połączenie przerwane");
    failing.mockRestore();
    const unchanged = await fileHashes(report.id);
    expect(unchanged.map((f) => [f.format, f.sha256, f.actual])).toEqual(
      before.map((f) => [f.format, f.sha256, f.actual]),
    );
    expect(await redactPublishedReports(withComments)).toEqual([report.id]);
    const after = await fileHashes(report.id);
    expect(after.find((f) => f.format === "CSV")?.bytes.toString("utf8")).not.toContain("Druga uwaga do § 2.");
    expect((await reportCorrections(report.id)).at(-1)?.hidden).toEqual([
      { receiptNumber: `BIA/2026/RP/${run}-2`, reason: "Obraźliwe." },
    ]);
  });

  it("waits for the Council: refused while it may still give its opinion; after its deadline the files say it waived it", async () => {
    const quiet = (await consultation("rada")).id;
    const requested = await requestReport(unitClerk, quiet, null, afterClose);
    if (!requested.ok) throw new Error(requested.reason);
    await generateReport(requested.data.reportId);
    // The day after the last day of the consultation is still within the Council's 14 days from publication.
    expect(await publishReport(unitClerk, requested.data.reportId, "Anna Nowak", afterClose)).toEqual({
      ok: false,
      reason: "council_pending",
    });
    const json = JSON.parse(
      (await fileHashes(requested.data.reportId)).find((f) => f.format === "JSON")?.bytes.toString("utf8") ?? "{}",
    );
    // Generated after the deadline lapsed (before the minute job recorded the waiver): it says "waived", not "none".
    expect(json.header.council).toMatchObject({ kind: "waived" });
    const afterLapse = new Date(window.closesAt.getTime() + 25 * 3_600_000);
    expect(await publishReport(unitClerk, requested.data.reportId, "Anna Nowak", afterLapse)).toEqual({
      ok: true,
      data: { consultationId: quiet },
    });
  });

  it("says that no comments were submitted when nobody commented, in every format", async () => {
    const empty = (await consultation("pusta")).id;
    const requested = await requestReport(unitClerk, empty, null, afterClose);
    if (!requested.ok) throw new Error(requested.reason);
    await generateReport(requested.data.reportId);
    const files = await fileHashes(requested.data.reportId);
    const json = JSON.parse(files.find((f) => f.format === "JSON")?.bytes.toString("utf8") ?? "{}");
    expect(json.comments).toEqual([]);
    expect(json.header.commentsCount).toBe(0);
    expect(json.header.outcome).toContain("nie zgłoszono uwag");
    const csvLines = (files.find((f) => f.format === "CSV")?.bytes.toString("utf8") ?? "").trim().split("\r\n");
    expect(csvLines).toHaveLength(1);
  });
});
