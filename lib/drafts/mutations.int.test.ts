import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { ConsultationStatus } from "@/lib/generated/prisma/enums";
import { parseDraft } from "@/lib/legal-structure/parse";
import { deleteAttachment, saveDraftVersion, storeAttachment } from "./mutations";
import { getDraftWorkspace, getStoredFile, getVersionUnits, listAttachments, listVersions } from "./queries";
import { unitsToDoc } from "./tiptap-doc";

const run = randomUUID().slice(0, 8);
const fixture = (name: string) => readFileSync(path.join(__dirname, "../legal-structure/fixtures", name), "utf8");
const NOW = new Date("2026-12-05T10:00:00Z");
let unitId: string;
let userId: string;

beforeAll(async () => {
  const unit = await db.ownerUnit.create({ data: { slug: `d-${run}`, name: "Dział", shortName: "D" } });
  unitId = unit.id;
  userId = (await db.user.create({ data: { email: `d-${run}@example.org`, roles: ["CLERK"] } })).id;
});

afterAll(() => db.$disconnect());

let counter = 0;
async function consultation(status: ConsultationStatus) {
  counter++;
  return db.consultation.create({
    data: {
      slug: `d-${run}-${counter}`,
      receiptCode: "T",
      title: "Projekt",
      subject: "S",
      purpose: "P",
      actType: "UCHWALA",
      ownerUnitId: unitId,
      contactName: "C",
      contactEmail: "c@example.org",
      status,
      startDate: new Date("2026-12-01"),
      endDate: new Date("2026-12-10"),
      opensAt: new Date("2026-11-30T23:00:00Z"),
      closesAt: status === "CLOSED" ? new Date("2026-12-01T23:00:00Z") : new Date("2026-12-10T23:00:00Z"),
      publishedAt: status === "DRAFT" ? null : new Date("2026-11-25T10:00:00Z"),
      createdById: userId,
    },
  });
}

const save = (
  consultationId: string,
  sourceText: string,
  extra: Partial<Parameters<typeof saveDraftVersion>[0]> = {},
) =>
  saveDraftVersion({
    consultationId,
    actorId: userId,
    source: "TEXT",
    sourceText,
    sourceFileName: null,
    document: null,
    reason: "",
    now: NOW,
    ...extra,
  });

describe("saveDraftVersion", () => {
  it("stores version 1 with its provisions and replaces it in place while the consultation is a draft", async () => {
    const c = await consultation("DRAFT");
    const first = await save(c.id, fixture("konsultacje-uchwala.txt"));
    expect(first).toMatchObject({ ok: true, number: 1, mode: "replace" });
    if (!first.ok) return;
    const expected = parseDraft(fixture("konsultacje-uchwala.txt")).units.length;
    expect(await db.provision.count({ where: { versionId: first.versionId } })).toBe(expected);

    const second = await save(c.id, "§ 1. Jedyny paragraf.\n§ 2. Drugi.", { source: "EDITOR" });
    expect(second).toMatchObject({ ok: true, number: 1, versionId: first.versionId });
    const versions = await listVersions(c.id);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ number: 1, source: "EDITOR", publishedAt: null, provisionCount: 2 });
    const units = await getVersionUnits(first.versionId);
    expect(units.map((u) => [u.citation, u.kind, u.parentKey])).toEqual([
      ["§ 1", "paragraph", null],
      ["§ 2", "paragraph", null],
    ]);
    const stored = await db.documentVersion.findUniqueOrThrow({ where: { id: first.versionId } });
    expect(stored.document).toEqual(JSON.parse(JSON.stringify(unitsToDoc(parseDraft(stored.sourceText).units))));
    const events = await db.auditEvent.findMany({ where: { entityId: first.versionId }, orderBy: { seq: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["draft.version_created", "draft.replaced"]);
  });

  it("refuses a save based on a version replaced meanwhile (two clerks), keeping the other's text, and saves once refreshed", async () => {
    const c = await consultation("DRAFT");
    const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);
    expect(await save(c.id, "§ 1. Pierwszy.\n§ 2. Drugi.", { basedOn: null })).toMatchObject({ ok: true, number: 1 });
    // Both clerks open the form on version 1.
    const opened = (await getDraftWorkspace(c.id))?.basedOn ?? null;
    expect(await save(c.id, "§ 1. Poprawka A.\n§ 2. Drugi.", { basedOn: opened, now: at(1) })).toMatchObject({
      ok: true,
    });
    expect(await save(c.id, "§ 1. Poprawka B.\n§ 2. Drugi.", { basedOn: opened, now: at(2) })).toEqual({
      ok: false,
      reason: "conflict",
    });
    const stored = await db.documentVersion.findFirstOrThrow({ where: { consultationId: c.id } });
    expect(stored.sourceText).toContain("Poprawka A");
    // Having seen the saved version (the page refreshed), the clerk may save over it.
    const refreshed = (await getDraftWorkspace(c.id))?.basedOn ?? null;
    expect(refreshed).not.toBe(opened);
    expect(await save(c.id, "§ 1. Poprawka B.\n§ 2. Drugi.", { basedOn: refreshed, now: at(3) })).toMatchObject({
      ok: true,
    });
    // A form opened before there was any version does not overwrite the one saved since.
    expect(await save(c.id, "§ 1. Inny.", { basedOn: null, now: at(4) })).toEqual({ ok: false, reason: "conflict" });
  });

  it("refuses text with no drafting unit and keeps nothing", async () => {
    const c = await consultation("DRAFT");
    expect(await save(c.id, "Zwykły tekst bez oznaczeń.\nDrugi wiersz.")).toEqual({ ok: false, reason: "no_units" });
    expect(await db.documentVersion.count({ where: { consultationId: c.id } })).toBe(0);
  });

  it("during the consultation requires a reason, then adds a published version and leaves the old one and its comments", async () => {
    const c = await consultation("DRAFT");
    const v1 = await save(c.id, "§ 1. Pierwszy.\n§ 2. Drugi.");
    if (!v1.ok) throw new Error("v1");
    await db.consultation.update({
      where: { id: c.id },
      data: { status: "OPEN", publishedAt: new Date("2026-11-25T10:00:00Z") },
    });
    const [provision] = await getVersionUnits(v1.versionId);
    const comment = await db.comment.create({
      data: {
        consultationId: c.id,
        versionId: v1.versionId,
        provisionId: provision?.id,
        authorId: userId,
        body: { type: "doc", content: [] },
        bodyText: "",
        idempotencyKey: randomUUID(),
      },
    });

    expect(await save(c.id, "§ 1. Pierwszy poprawiony.\n§ 2. Drugi.", { reason: "  " })).toEqual({
      ok: false,
      reason: "reason_required",
    });
    const v2 = await save(c.id, "§ 1. Pierwszy poprawiony.\n§ 2. Drugi.", { reason: "Poprawiono omyłkę w § 1." });
    expect(v2).toMatchObject({ ok: true, number: 2, mode: "correction" });
    const versions = await listVersions(c.id);
    expect(versions.map((v) => [v.number, v.reason, v.publishedAt?.toISOString() ?? null])).toEqual([
      [1, null, "2026-11-25T10:00:00.000Z"],
      [2, "Poprawiono omyłkę w § 1.", NOW.toISOString()],
    ]);
    expect((await getVersionUnits(v1.versionId))[0]?.text).toBe("Pierwszy.");
    expect(await db.comment.findUniqueOrThrow({ where: { id: comment.id } })).toMatchObject({
      versionId: v1.versionId,
      provisionId: provision?.id,
    });
  });

  it("after the close adds a new published version without a reason", async () => {
    const c = await consultation("CLOSED");
    await db.documentVersion.create({
      data: { consultationId: c.id, number: 1, source: "TEXT", sourceText: "§ 1. A." },
    });
    const v2 = await save(c.id, "§ 1. A po konsultacjach.");
    expect(v2).toMatchObject({ ok: true, number: 2, mode: "new_version" });
    const versions = await listVersions(c.id);
    expect(versions[1]).toMatchObject({ number: 2, reason: null, publishedAt: NOW });
  });

  it("parses the editor's document instead of the text when one is sent", async () => {
    const c = await consultation("DRAFT");
    const doc = unitsToDoc(parseDraft("§ 1. Z edytora.\n1. Ustęp.").units);
    const saved = await save(c.id, "to nie jest czytane", { source: "EDITOR", document: doc });
    if (!saved.ok) throw new Error("not saved");
    expect((await getVersionUnits(saved.versionId)).map((u) => u.citation)).toEqual(["§ 1", "§ 1 ust. 1"]);
  });
});

describe("attachments", () => {
  it("stores a file with its hash, lists it, reads it back byte for byte and deletes it only before publication", async () => {
    const c = await consultation("DRAFT");
    const bytes = new TextEncoder().encode("%PDF-1.4\n…\n%%EOF\n");
    const stored = await storeAttachment({
      consultationId: c.id,
      actorId: userId,
      fileName: "Skan „podpisany” — zarządzenie.pdf",
      type: "pdf",
      mimeType: "application/pdf",
      bytes,
    });
    expect(await listAttachments(c.id)).toEqual([expect.objectContaining({ id: stored.id, size: bytes.byteLength })]);
    const file = await getStoredFile(stored.id);
    expect(file?.fileName).toBe("Skan „podpisany” — zarządzenie.pdf");
    expect(new Uint8Array(file?.content ?? [])).toEqual(bytes);
    expect(file?.consultation).toMatchObject({ id: c.id, status: "DRAFT" });

    await db.consultation.update({ where: { id: c.id }, data: { status: "OPEN" } });
    expect(await deleteAttachment({ consultationId: c.id, fileId: stored.id, actorId: userId })).toEqual({
      ok: false,
      reason: "locked",
    });
    await db.consultation.update({ where: { id: c.id }, data: { status: "DRAFT" } });
    expect(await deleteAttachment({ consultationId: c.id, fileId: stored.id, actorId: userId })).toEqual({ ok: true });
    expect(await listAttachments(c.id)).toEqual([]);
  });
});
