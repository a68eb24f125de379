import { readFileSync } from "node:fs";
import path from "node:path";
import { appendAuditEvent } from "@/lib/audit/log";
import { formatReceiptNumber, receiptHash } from "@/lib/comments/receipt";
import { provisionRows } from "@/lib/consultations/provisions";
import { db } from "@/lib/db";
import type { ActType, CommenterScope, ConsultationForm } from "@/lib/generated/prisma/enums";
import { parseDraft } from "@/lib/legal-structure/parse";
import { settingDefaults } from "@/lib/settings/defaults";
import { addDays, consultationWindow, startOfWarsawDay, warsawDate } from "@/lib/time/warsaw";
import { closedConsultation, type DemoComment, openConsultation } from "./consultations";
import { aboutEn, accessibilityEn, privacyEn } from "./pages-en";
import { aboutPl, accessibilityPl, privacyPl } from "./pages-pl";
import { clerks, councilSeats, organizations, units, users } from "./people";

// The sample drafts are the parser's and the redline's test fixtures too: one copy of each.
const DRAFTS = path.join(__dirname, "..", "..", "lib", "legal-structure", "fixtures");
const AMENDED_DRAFTS = path.join(__dirname, "..", "..", "lib", "versions", "fixtures");
const VERIFIED_AT = new Date("2026-01-15T09:00:00.000Z");

function paragraphDoc(text: string) {
  return { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] };
}

async function seedPeople() {
  await db.ownerUnit.createMany({ data: [...units] });
  await db.user.createMany({ data: users.map((u) => ({ ...u, emailVerified: VERIFIED_AT })) });
  await db.unitClerk.createMany({ data: clerks });
  const today = warsawDate(new Date());
  await db.councilMember.createMany({
    data: councilSeats.map((seat) => ({
      ...seat,
      termStart: new Date(`${addDays(today, -365)}T00:00:00Z`),
      termEnd: new Date(`${addDays(today, 2 * 365)}T00:00:00Z`),
    })),
  });
  for (const { members, verified, ...org } of organizations) {
    await db.organization.create({
      data: {
        ...org,
        verification: verified ? "VERIFIED" : "PENDING",
        verifiedById: verified ? "user-clerk-cwop" : null,
        verifiedAt: verified ? VERIFIED_AT : null,
        memberships: { create: members.map((m) => ({ userId: m.userId, role: m.manager ? "MANAGER" : "MEMBER" })) },
      },
    });
  }
}

type DemoConsultation = typeof openConsultation | typeof closedConsultation;

async function seedConsultation(spec: DemoConsultation, status: "OPEN" | "CLOSED") {
  const today = warsawDate(new Date());
  const startDate = addDays(today, spec.startOffsetDays);
  const endDate = addDays(today, spec.endOffsetDays);
  const window = consultationWindow(startDate, endDate);
  const publishedAt = new Date(window.opensAt.getTime() - 2 * 86_400_000);
  const source = readFileSync(path.join(DRAFTS, spec.sample), "utf8");
  const parsed = parseDraft(source);
  const versionId = `${spec.id}-v1`;
  await db.consultation.create({
    data: {
      id: spec.id,
      slug: spec.slug,
      receiptCode: spec.receiptCode,
      title: spec.title,
      subject: spec.subject,
      purpose: spec.purpose,
      actType: spec.actType as ActType,
      ownerUnitId: spec.ownerUnitId,
      contactName: spec.contactName,
      contactEmail: spec.contactEmail,
      contactPhone: spec.contactPhone,
      status,
      startDate: new Date(`${startDate}T00:00:00Z`),
      endDate: new Date(`${endDate}T00:00:00Z`),
      ...window,
      forms: [...spec.forms] as ConsultationForm[],
      meetingAt:
        spec.meetingOffsetDays === null
          ? null
          : new Date(startOfWarsawDay(addDays(startDate, spec.meetingOffsetDays)).getTime() + 17 * 3_600_000),
      meetingPlace: spec.meetingPlace,
      whoMayComment: spec.whoMayComment as CommenterScope,
      justificationRequired: settingDefaults.justificationRequiredByDefault,
      councilOpinionDeadline: startOfWarsawDay(addDays(warsawDate(publishedAt), settingDefaults.councilOpinionDays)),
      legalBasis: spec.legalBasis,
      createdById: spec.ownerUnitId === "unit-cwop" ? "user-clerk-cwop" : "user-clerk-dss",
      publishedAt,
      closedAt: status === "CLOSED" ? window.closesAt : null,
      versions: {
        create: {
          id: versionId,
          number: 1,
          source: "TEXT",
          sourceText: source,
          publishedAt,
          createdById: "user-clerk-cwop",
        },
      },
    },
  });
  const rows = provisionRows(versionId, parsed.units);
  await db.provision.createMany({ data: rows });
  const byCitation = new Map(rows.map((r) => [r.citation, r]));
  const comments: readonly DemoComment[] = spec.comments;
  for (const [index, comment] of comments.entries()) {
    const provision = comment.citation ? byCitation.get(comment.citation) : null;
    if (comment.citation && !provision) throw new Error(`Seed: no unit "${comment.citation}" in ${spec.sample}`);
    await seedComment(spec, versionId, window.opensAt, index + 1, comment, provision ?? null);
  }
  // Receipts given above: the next comment continues the numbering.
  await db.consultation.update({ where: { id: spec.id }, data: { receiptsIssued: comments.length } });
}

async function seedComment(
  spec: DemoConsultation,
  versionId: string,
  opensAt: Date,
  sequence: number,
  comment: DemoComment,
  provision: { id: string; citation: string; text: string } | null,
) {
  const submittedAt = new Date(opensAt.getTime() + comment.daysAfterStart * 86_400_000 + 10 * 3_600_000);
  const receiptNumber = formatReceiptNumber({
    cityCode: settingDefaults.cityCode,
    year: Number(warsawDate(submittedAt).slice(0, 4)),
    consultationCode: spec.receiptCode,
    sequence,
  });
  const body = paragraphDoc(comment.body);
  const hash = receiptHash({
    receiptNumber,
    consultationId: spec.id,
    provisionCitation: provision?.citation ?? null,
    organizationId: comment.organizationId,
    authorId: comment.authorId,
    revision: 1,
    status: "SUBMITTED",
    body,
    proposedWording: comment.proposedWording,
    justification: comment.justification,
    submittedAt,
  });
  const channel = comment.channel ?? "PLATFORM";
  await db.$transaction(async (tx) => {
    await tx.comment.create({
      data: {
        id: comment.id,
        consultationId: spec.id,
        versionId,
        provisionId: provision?.id ?? null,
        authorId: comment.authorId,
        organizationId: comment.organizationId,
        asCouncil: comment.asCouncil ?? false,
        channel,
        enteredById: channel === "PLATFORM" ? null : "user-clerk-dss",
        receivedAt: channel === "PLATFORM" ? null : submittedAt,
        body,
        bodyText: comment.body,
        currentWording: provision?.text ?? null,
        proposedWording: comment.proposedWording,
        justification: comment.justification,
        status: "SUBMITTED",
        submittedAt,
        receiptNumber,
        receiptHash: hash,
        idempotencyKey: `seed-${comment.id}`,
        createdAt: submittedAt,
        revisions: {
          create: {
            revision: 1,
            status: "SUBMITTED",
            body,
            proposedWording: comment.proposedWording,
            justification: comment.justification,
            receiptNumber,
            receiptHash: hash,
            createdAt: submittedAt,
          },
        },
      },
    });
    await appendAuditEvent(tx, {
      actorId: comment.authorId,
      action: "comment.submitted",
      entityType: "Comment",
      entityId: comment.id,
      data: { receiptNumber, receiptHash: hash },
    });
    if (comment.answer) {
      await tx.response.create({ data: { commentId: comment.id, ...comment.answer } });
      await tx.responseRevision.create({ data: { commentId: comment.id, revision: 1, ...comment.answer } });
      await appendAuditEvent(tx, {
        actorId: comment.answer.authorId,
        action: "response.saved",
        entityType: "Comment",
        entityId: comment.id,
        data: { position: comment.answer.position },
      });
    }
  });
}

/** Version 2 of the closed consultation: the act as amended after it, published after the close. */
async function seedAmendedVersion() {
  const { id: consultationId, amendedVersion: spec, endOffsetDays } = closedConsultation;
  const closesAt = consultationWindow(
    addDays(warsawDate(new Date()), closedConsultation.startOffsetDays),
    addDays(warsawDate(new Date()), endOffsetDays),
  ).closesAt;
  const publishedAt = new Date(closesAt.getTime() + spec.daysAfterClose * 86_400_000 + 9 * 3_600_000);
  const source = readFileSync(path.join(AMENDED_DRAFTS, spec.sample), "utf8");
  await db.documentVersion.create({
    data: {
      id: spec.id,
      consultationId,
      number: 2,
      reason: spec.reason,
      source: "TEXT",
      sourceText: source,
      publishedAt,
      createdAt: publishedAt,
      createdById: "user-clerk-dss",
    },
  });
  await db.provision.createMany({ data: provisionRows(spec.id, parseDraft(source).units) });
}

async function seedPages() {
  await db.sitePage.createMany({
    data: [
      { slug: "o-centrum", locale: "pl", ...aboutPl },
      { slug: "o-centrum", locale: "en", ...aboutEn },
      { slug: "deklaracja-dostepnosci", locale: "pl", ...accessibilityPl },
      { slug: "deklaracja-dostepnosci", locale: "en", ...accessibilityEn },
      { slug: "ochrona-danych", locale: "pl", ...privacyPl },
      { slug: "ochrona-danych", locale: "en", ...privacyEn },
    ],
  });
}

/** Fills an empty database with the demo data described in the README. */
export async function seed(): Promise<void> {
  await seedPeople();
  await seedPages();
  await seedConsultation(openConsultation, "OPEN");
  await seedConsultation(closedConsultation, "CLOSED");
  await seedAmendedVersion();
  const { councilOpinion } = closedConsultation;
  await db.councilOpinion.create({
    data: {
      consultationId: closedConsultation.id,
      ...councilOpinion,
      adoptedOn: new Date(`${addDays(warsawDate(new Date()), closedConsultation.endOffsetDays - 2)}T00:00:00Z`),
      recordedById: "user-council-secretary",
    },
  });
}

/** Seeds on the first run only; a database that has users is left alone. */
export async function seedIfEmpty(): Promise<boolean> {
  if ((await db.user.count()) > 0) {
    console.log("• The database already has data: demo data not loaded again.");
    return false;
  }
  console.log("• Loading the demo data…");
  await seed();
  return true;
}
