import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { ATTACHMENT_PURPOSE } from "@/lib/drafts/schema";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { UNSUBSCRIBE_PAGE_PATH, unsubscribeToken } from "@/lib/notifications/links";
import { request } from "./authorization-request";
import type { ActionKey } from "./authorization-table";
import {
  behalf,
  type Cell,
  commentOfA,
  consultation,
  consultationForm,
  doc,
  email,
  f,
  formData,
  frequencyOf,
  generatedReport,
  memberOfA,
  person,
  quiet,
  receiptCode,
  SITE_PAGE,
  storedFile,
  unique,
  WINDOWS,
  world,
} from "./authorization-world";

// Each server action's call in the authorization matrix: valid input aimed at fresh records, so
// that an allowed call succeeds and a denied one can fail only for who is asking.

/** Arguments, and for the form actions (which answer with a redirect or nothing) whether the call did its work. */
export type ActionCall = { args: unknown[]; did?: (redirect: string | null) => Promise<boolean> };
const call = (...args: unknown[]): ActionCall => ({ args });

export const ACTIONS: Record<ActionKey, (cell: Cell) => Promise<ActionCall>> = {
  "users.saveProfile": async () => call({ name: "Anna Nowak", showNamePublicly: false }),
  "users.setUserRolesAction": async () => call(await person("resident"), { roles: ["RESIDENT", "ADMIN"] }),
  "users.deleteOwnAccountAction": async ({ me }) => {
    const own = me ? await db.user.findUniqueOrThrow({ where: { id: me }, select: { email: true } }) : null;
    return call({ confirmation: own?.email ?? "nikt@example.org" });
  },

  "consultations.createConsultationAction": async () => call(consultationForm()),
  "consultations.saveDraftConsultationAction": async () => call((await consultation("DRAFT")).id, consultationForm()),
  "consultations.savePublishedConsultationAction": async () =>
    call((await consultation("OPEN")).id, {
      title: "Projekt uchwały w sprawie matrycy (poprawiony tytuł)",
      contactName: "Anna Nowak",
      contactEmail: "anna.nowak@example.org",
      contactPhone: "",
      endDate: WINDOWS.OPEN.endDate,
      extensionNote: "",
    }),
  "consultations.publishConsultationAction": async () => call((await consultation("DRAFT")).id),
  "consultations.unpublishConsultationAction": async () => call((await consultation("SCHEDULED")).id),

  "units.createUnitAction": async () =>
    call({ name: "Wydział Matrycy Uprawnień", shortName: `M${receiptCode()}`, isCoordinator: false, email: "" }),
  "units.updateUnitAction": async () =>
    call((await f.unit()).id, {
      name: "Wydział Matrycy (nowa nazwa)",
      shortName: `U${receiptCode()}`,
      isCoordinator: false,
      email: "",
    }),
  "units.addUnitClerkAction": async () => call((await f.unit()).id, { email: email("new-clerk") }),
  "units.removeUnitClerkAction": async () => {
    const [unit, clerk] = [await f.unit(), await f.clerk()];
    await db.unitClerk.create({ data: { unitId: unit.id, userId: clerk.id } });
    return call({ unitId: unit.id, userId: clerk.id });
  },
  "units.setCouncilSeatAction": async () => {
    const user = await db.user.create({ data: { email: email("new-council") } });
    await quiet({ userId: user.id });
    return call({
      email: user.email,
      appointedBy: "MAYOR",
      isCoChair: false,
      isSecretary: false,
      termStart: "2007-01-01",
      termEnd: "2009-12-31",
    });
  },
  "units.removeCouncilSeatAction": async () => {
    const member = await f.councilMember();
    await quiet({ userId: member.id });
    return call({ userId: member.id });
  },

  "notifications.savePreferencesAction": async () =>
    call({ kind: "organization", organizationId: world.orgA }, { unitIds: [], frequency: "NONE" }),
  "notifications.unsubscribeAction": async () => {
    const subscriber = await person("resident");
    const token = unsubscribeToken({ kind: "user", id: subscriber });
    return {
      args: [formData({ token })],
      did: async (redirect) =>
        redirect === `${UNSUBSCRIBE_PAGE_PATH}?token=${encodeURIComponent(token)}` &&
        (await frequencyOf(subscriber)) === "NONE",
    };
  },

  "drafts.saveDraftAction": async () =>
    call({
      consultationId: (await consultation("DRAFT")).id,
      sourceText: "§ 1. Uchwała wchodzi w życie z dniem podjęcia.",
      reason: "",
      source: "TEXT",
      sourceFileName: null,
      document: null,
    }),
  "drafts.deleteAttachmentAction": async () => {
    const { id } = await consultation("DRAFT");
    return call({ consultationId: id, fileId: (await storedFile(id, ATTACHMENT_PURPOSE)).id });
  },

  "comments.saveCommentDraftAction": async ({ who }) => {
    const { id, provisionId } = await consultation("OPEN");
    return call({
      consultationId: id,
      provisionId,
      onBehalf: behalf(who),
      body: doc("Uwaga w toku"),
      idempotencyKey: randomUUID(),
    });
  },
  "comments.loadCommentDraftAction": async () => {
    const { id, provisionId } = await consultation("OPEN");
    return call(id, provisionId);
  },
  "comments.submitCommentAction": async ({ who }) => {
    const { id, provisionId } = await consultation("OPEN");
    return call({
      consultationId: id,
      provisionId,
      onBehalf: behalf(who),
      body: doc("Proponujemy dłuższe vacatio legis."),
      proposedWording: "§ 1. Uchwała wchodzi w życie po upływie 14 dni od dnia ogłoszenia.",
      justification: "Organizacje potrzebują czasu na przygotowanie.",
      idempotencyKey: randomUUID(),
    });
  },
  "comments.editCommentAction": async () =>
    call((await commentOfA("OPEN")).id, {
      body: doc("Proponujemy dłuższe vacatio legis (poprawione)."),
      proposedWording: "§ 1. Uchwała wchodzi w życie po upływie 30 dni od dnia ogłoszenia.",
      justification: "Organizacje potrzebują czasu na przygotowanie.",
    }),
  "comments.withdrawCommentAction": async () => call((await commentOfA("OPEN")).id),
  "comments.hideCommentAction": async () => call((await commentOfA("OPEN")).id, "Treść narusza regulamin."),

  "organizations.registerOrganizationAction": async () =>
    call({
      name: `Stowarzyszenie Matrycy ${unique()}`,
      legalForm: "STOWARZYSZENIE",
      registerKind: "NONE",
      seatAddress: "ul. Lipowa 1, 15-424 Białystok",
      contactPerson: "Jan Kowalski",
      email: "kontakt@example.org",
      phone: "",
    }),
  "organizations.updateOrganizationAction": async () => {
    const org = await db.organization.findUniqueOrThrow({ where: { id: world.orgA } });
    return call(world.orgA, {
      name: org.name,
      legalForm: org.legalForm,
      registerKind: org.registerKind,
      registerName: org.registerName ?? "",
      registerNumber: org.registerNumber ?? "",
      seatAddress: `ul. Matrycowa ${unique()}, 15-001 Białystok`,
      contactPerson: org.contactPerson,
      email: org.email,
      phone: org.phone ?? "",
    });
  },
  "organizations.requestToJoinAction": async () => call({ organizationId: world.orgC }),
  "organizations.decideJoinRequestAction": async () =>
    call({ organizationId: world.orgA, userId: await memberOfA("REQUESTED"), accept: true }),
  "organizations.inviteMemberAction": async () => call(world.orgA, { email: email("invited"), role: "MEMBER" }),
  "organizations.respondToInvitationAction": async ({ who, me }) => {
    const invitee = await memberOfA("INVITED", who === "resident" && me ? me : undefined);
    return call({ organizationId: world.orgA, userId: invitee, accept: true });
  },
  "organizations.leaveOrganizationAction": async () => call({ organizationId: world.orgA }),
  "organizations.changeMemberRoleAction": async () =>
    call({ organizationId: world.orgA, userId: await memberOfA("ACTIVE"), role: "MANAGER" }),
  "organizations.removeMemberAction": async () =>
    call({ organizationId: world.orgA, userId: await memberOfA("ACTIVE") }),
  "organizations.decideVerificationAction": async () => {
    const pending = await f.organization(false);
    await quiet({ organizationId: pending.id });
    return call({ organizationId: pending.id, decision: "VERIFIED" });
  },

  "reports.requestReportAction": async () => call({ consultationId: (await consultation("CLOSED")).id, outcome: "" }),
  "reports.publishReportAction": async () => call({ reportId: await generatedReport(), authorName: "Jan Kowalski" }),

  "settings.saveSettingsAction": async () => {
    const { getSettings } = await import("@/lib/settings/queries");
    return call(await getSettings());
  },
  "site.saveSitePageAction": async () =>
    call({ ...SITE_PAGE, title: "About the Centre", body: "The NGO Cooperation Centre of Białystok." }),

  "responses.saveAnswersAction": async () => {
    const comment = await commentOfA("CLOSED");
    return call(comment.consultationId, { position: "ACCEPTED", commentIds: [comment.id] });
  },
  "responses.assignCommentAction": async () => {
    const comment = await commentOfA("CLOSED");
    return call(comment.consultationId, { commentId: comment.id, assigneeId: world.clerk });
  },
  "responses.enterCommentAction": async () =>
    call((await consultation("OPEN")).id, {
      submitterKind: "other",
      organizationId: "",
      submitterName: "Jan Kowalski",
      jointWith: "",
      provisionId: "",
      body: "Uwaga nadesłana pocztą.",
      proposedWording: "",
      justification: "",
      receivedOn: "2007-06-14",
      channel: "POST",
      scanFileId: "",
      idempotencyKey: randomUUID(),
    }),

  "council.saveCouncilOpinionAction": async () =>
    call((await consultation("OPEN")).id, {
      kind: "POSITIVE",
      text: "",
      resolutionNumber: "12/2007",
      adoptedOn: "2007-06-14",
      votesFor: "6",
      votesAgainst: "0",
      votesAbstaining: "0",
      membersPresent: "6",
      scanFileId: "",
      quorumConfirmed: false,
    }),
  "council.hideCommentAction": async () => call((await commentOfA("OPEN")).id, { reason: "Treść narusza regulamin." }),

  "i18n.switchLanguage": async ({ me }) => ({
    args: [formData({ locale: "en" })],
    did: async () =>
      request.cookies.get(LOCALE_COOKIE) === "en" &&
      (me === null || (await db.user.findUniqueOrThrow({ where: { id: me } })).locale === "en"),
  }),
};
