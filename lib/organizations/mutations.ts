import "server-only";
import { appendAuditEvent } from "@/lib/audit/log";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { countActiveManagers } from "./queries";
import { withNgoRole } from "./roles";
import type { Organization } from "./schema";

type Tx = Prisma.TransactionClient;
type MembershipRole = "MANAGER" | "MEMBER";

export type MutationResult<T = undefined> = { ok: true; data: T } | { ok: false; reason: "conflict"; code: string };

const conflict = (code: string): { ok: false; reason: "conflict"; code: string } => ({
  ok: false,
  reason: "conflict",
  code,
});

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** Locks the organisation's row so that two membership changes never interleave (e.g. two managers leaving at once). */
async function lockOrganization(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT id FROM organizations WHERE id = ${id} FOR UPDATE`;
}

/** NGO_MEMBER follows the person's active memberships; nobody is left without any role. */
export async function syncNgoRole(tx: Tx, userId: string) {
  const [user, active] = await Promise.all([
    tx.user.findUniqueOrThrow({ where: { id: userId }, select: { roles: true } }),
    tx.membership.count({ where: { userId, status: "ACTIVE" } }),
  ]);
  const roles = withNgoRole(user.roles, active > 0);
  if (roles.join() !== user.roles.join()) await tx.user.update({ where: { id: userId }, data: { roles } });
}

/** The organisation that already has a register number, as the form shows it (join only a verified one). */
export type ExistingOrganization = { id: string; name: string; verification: "PENDING" | "VERIFIED" | "REJECTED" };
export type Duplicate = { ok: false; reason: "duplicate"; existing: ExistingOrganization };

/** After a unique violation on the register: the organisation holding that number, if that was the cause. */
async function duplicateOf(error: unknown, input: Organization, except?: string): Promise<Duplicate> {
  if (!isUniqueViolation(error) || !input.registerNumber) throw error;
  const existing = await db.organization.findFirst({
    where: {
      registerKind: input.registerKind,
      registerNumber: input.registerNumber,
      ...(except ? { id: { not: except } } : {}),
    },
    select: { id: true, name: true, verification: true },
  });
  if (!existing) throw error;
  return { ok: false, reason: "duplicate", existing };
}

/** The organisation's record as stored: optional fields left empty are null. */
function recordOf(input: Organization) {
  return {
    name: input.name,
    legalForm: input.legalForm,
    registerKind: input.registerKind,
    registerName: input.registerName || null,
    registerNumber: input.registerNumber || null,
    seatAddress: input.seatAddress,
    contactPerson: input.contactPerson,
    email: input.email,
    phone: input.phone || null,
  };
}

export async function registerOrganization(
  actorId: string,
  input: Organization,
): Promise<MutationResult<{ id: string }> | Duplicate> {
  try {
    return await db.$transaction(async (tx) => {
      const org = await tx.organization.create({
        data: {
          ...recordOf(input),
          memberships: { create: { userId: actorId, role: "MANAGER", status: "ACTIVE" } },
        },
        select: { id: true },
      });
      await syncNgoRole(tx, actorId);
      await appendAuditEvent(tx, {
        actorId,
        action: "organization.registered",
        entityType: "Organization",
        entityId: org.id,
        data: { name: input.name, registerKind: input.registerKind, registerNumber: input.registerNumber ?? null },
      });
      return { ok: true as const, data: org };
    });
  } catch (error) {
    return duplicateOf(error, input);
  }
}

/** What identifies an organisation in its register: CWOP verified these, so a change is verified again. */
const IDENTITY = ["name", "legalForm", "registerKind", "registerName", "registerNumber"] as const;
const CONTACT = ["seatAddress", "contactPerson", "email", "phone"] as const;

export type OrganizationUpdate = {
  /** The fields that changed (none: nothing was written). */
  changed: string[];
  /** The verification state after the change: PENDING when it goes (back) to CWOP. */
  verification: "PENDING" | "VERIFIED" | "REJECTED";
  /** True when this change sent the organisation to CWOP for verification (again). */
  resubmitted: boolean;
};

/**
 * Correcting the organisation's record. A rejected organisation goes back to CWOP's queue with the
 * corrections (the reason it was rejected is kept in the audit log). Of a verified one, what CWOP
 * checked (name, legal form, register) is changed only by those who verify (`mayVerify`): the
 * name stands under the organisation's comments, so it is never shown unchecked; its managers
 * change the address and contact details, which keeps it verified.
 */
export async function updateOrganization(
  actorId: string,
  organizationId: string,
  input: Organization,
  mayVerify: boolean,
): Promise<MutationResult<OrganizationUpdate> | Duplicate> {
  try {
    return await db.$transaction(async (tx) => {
      await lockOrganization(tx, organizationId);
      const current = await tx.organization.findUniqueOrThrow({ where: { id: organizationId } });
      const next = recordOf(input);
      const changed = [...IDENTITY, ...CONTACT].filter((field) => current[field] !== next[field]);
      // Unchanged, nothing is written; but a rejected organisation may be sent again as it is (e.g. the
      // register did not show the entry yet when CWOP checked).
      if (changed.length === 0 && current.verification !== "REJECTED") {
        return { ok: true as const, data: { changed, verification: current.verification, resubmitted: false } };
      }
      const identity = IDENTITY.filter((field) => changed.includes(field));
      if (current.verification === "VERIFIED" && identity.length > 0 && !mayVerify) {
        return conflict("organization.identityLocked");
      }
      const resubmitted = current.verification === "REJECTED";
      const verification = resubmitted ? "PENDING" : current.verification;
      await tx.organization.update({
        where: { id: organizationId },
        data: {
          ...next,
          ...(resubmitted ? { verification, verifiedById: null, verifiedAt: null, rejectionReason: null } : {}),
        },
      });
      await appendAuditEvent(tx, {
        actorId,
        action: "organization.updated",
        entityType: "Organization",
        entityId: organizationId,
        // Values only of what the register shows; contact details (people's names, e-mails) by name
        // of the field, as the log cannot be erased.
        data: {
          changed,
          before: Object.fromEntries(identity.map((field) => [field, current[field]])),
          after: Object.fromEntries(identity.map((field) => [field, next[field]])),
          verification: { from: current.verification, to: verification },
        },
      });
      return { ok: true as const, data: { changed, verification, resubmitted } };
    });
  } catch (error) {
    return duplicateOf(error, input, organizationId);
  }
}

/** Moves one membership to a new status (and role) inside a locked transaction, with an audit event. */
async function changeMembership(
  actorId: string,
  organizationId: string,
  userId: string,
  action: string,
  change: (
    current: { role: MembershipRole; status: string } | null,
    managers: number,
  ) => { status: "ACTIVE" | "REQUESTED" | "INVITED" | "LEFT"; role?: MembershipRole } | { refuse: string },
): Promise<MutationResult> {
  return db.$transaction(async (tx) => {
    await lockOrganization(tx, organizationId);
    const current = await tx.membership.findUnique({
      where: { userId_organizationId: { userId, organizationId } },
      select: { role: true, status: true },
    });
    const next = change(current, await countActiveManagers(tx, organizationId));
    if ("refuse" in next) return conflict(next.refuse);
    const role = next.role ?? current?.role ?? "MEMBER";
    await tx.membership.upsert({
      where: { userId_organizationId: { userId, organizationId } },
      create: { userId, organizationId, role, status: next.status },
      update: { role, status: next.status },
    });
    await syncNgoRole(tx, userId);
    await appendAuditEvent(tx, {
      actorId,
      action,
      entityType: "Organization",
      entityId: organizationId,
      data: { userId, status: next.status, role, previousStatus: current?.status ?? null },
    });
    return { ok: true as const, data: undefined };
  });
}

const lastManager = (current: { role: MembershipRole; status: string } | null, managers: number) =>
  current?.status === "ACTIVE" && current.role === "MANAGER" && managers <= 1;

export function requestToJoin(actorId: string, organizationId: string) {
  return changeMembership(actorId, organizationId, actorId, "membership.requested", (current) =>
    current && current.status !== "LEFT"
      ? { refuse: `membership.${current.status.toLowerCase()}` }
      : { status: "REQUESTED", role: "MEMBER" },
  );
}

export function decideJoinRequest(actorId: string, organizationId: string, userId: string, accept: boolean) {
  return changeMembership(
    actorId,
    organizationId,
    userId,
    accept ? "membership.request_accepted" : "membership.request_declined",
    (current) =>
      current?.status !== "REQUESTED" ? { refuse: "membership.notRequested" } : { status: accept ? "ACTIVE" : "LEFT" },
  );
}

export function respondToInvitation(actorId: string, organizationId: string, accept: boolean) {
  return changeMembership(
    actorId,
    organizationId,
    actorId,
    accept ? "membership.invitation_accepted" : "membership.invitation_declined",
    (current) =>
      current?.status !== "INVITED" ? { refuse: "membership.notInvited" } : { status: accept ? "ACTIVE" : "LEFT" },
  );
}

export function leaveOrganization(actorId: string, organizationId: string) {
  return changeMembership(actorId, organizationId, actorId, "membership.left", (current, managers) => {
    if (current?.status !== "ACTIVE") return { refuse: "membership.notActive" };
    if (lastManager(current, managers)) return { refuse: "membership.lastManager" };
    return { status: "LEFT" };
  });
}

export function changeMemberRole(actorId: string, organizationId: string, userId: string, role: MembershipRole) {
  return changeMembership(actorId, organizationId, userId, "membership.role_changed", (current, managers) => {
    if (current?.status !== "ACTIVE") return { refuse: "membership.notActive" };
    if (role === "MEMBER" && lastManager(current, managers)) return { refuse: "membership.lastManager" };
    return { status: "ACTIVE", role };
  });
}

export function removeMember(actorId: string, organizationId: string, userId: string) {
  return changeMembership(actorId, organizationId, userId, "membership.removed", (current, managers) => {
    if (!current || current.status === "LEFT") return { refuse: "membership.notActive" };
    if (lastManager(current, managers)) return { refuse: "membership.lastManager" };
    return { status: "LEFT" };
  });
}

/**
 * Invites a person by e-mail. Someone without an account gets one (NGO_MEMBER), so that
 * the sign-in link finds them; the membership stays INVITED until they accept.
 */
export async function inviteMember(
  actorId: string,
  organizationId: string,
  email: string,
  role: MembershipRole,
): Promise<MutationResult<{ userId: string; locale: string; organizationName: string }>> {
  return db.$transaction(async (tx) => {
    await lockOrganization(tx, organizationId);
    const org = await tx.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true } });
    const user =
      (await tx.user.findUnique({ where: { email }, select: { id: true, locale: true } })) ??
      (await tx.user.create({ data: { email, roles: ["NGO_MEMBER"] }, select: { id: true, locale: true } }));
    const current = await tx.membership.findUnique({
      where: { userId_organizationId: { userId: user.id, organizationId } },
      select: { status: true },
    });
    if (current && (current.status === "ACTIVE" || current.status === "INVITED")) {
      return conflict(`membership.${current.status.toLowerCase()}`);
    }
    await tx.membership.upsert({
      where: { userId_organizationId: { userId: user.id, organizationId } },
      create: { userId: user.id, organizationId, role, status: "INVITED" },
      update: { role, status: "INVITED" },
    });
    await appendAuditEvent(tx, {
      actorId,
      action: "membership.invited",
      entityType: "Organization",
      entityId: organizationId,
      data: { userId: user.id, role },
    });
    return { ok: true as const, data: { userId: user.id, locale: user.locale, organizationName: org.name } };
  });
}

/** CWOP's decision; returns what the notification e-mails need. */
export async function decideVerification(
  actorId: string,
  organizationId: string,
  decision: "VERIFIED" | "REJECTED",
  reason: string | null,
  /** The record's updatedAt the verifier saw (ISO); a decision on data changed since is refused. */
  basedOn?: string,
): Promise<MutationResult<{ name: string; recipients: { email: string; locale: string }[] }>> {
  return db.$transaction(async (tx) => {
    await lockOrganization(tx, organizationId);
    const current = await tx.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { verification: true, updatedAt: true },
    });
    if (basedOn !== undefined && current.updatedAt.toISOString() !== basedOn) {
      return conflict("verification.changedMeanwhile");
    }
    if (current.verification === decision)
      return conflict(decision === "VERIFIED" ? "verification.alreadyVerified" : "verification.alreadyRejected");
    const org = await tx.organization.update({
      where: { id: organizationId },
      data: {
        verification: decision,
        verifiedById: decision === "VERIFIED" ? actorId : null,
        verifiedAt: decision === "VERIFIED" ? new Date() : null,
        rejectionReason: decision === "REJECTED" ? reason : null,
      },
      select: {
        name: true,
        email: true,
        memberships: {
          where: { status: "ACTIVE", role: "MANAGER" },
          select: { user: { select: { email: true, locale: true } } },
        },
      },
    });
    await appendAuditEvent(tx, {
      actorId,
      action: decision === "VERIFIED" ? "organization.verified" : "organization.rejected",
      entityType: "Organization",
      entityId: organizationId,
      data: { previous: current.verification, reason },
    });
    const contact = await tx.user.findUnique({ where: { email: org.email }, select: { locale: true } });
    const recipients = new Map<string, string>([[org.email, contact?.locale ?? "pl"]]);
    for (const m of org.memberships) recipients.set(m.user.email, m.user.locale);
    return {
      ok: true as const,
      data: { name: org.name, recipients: [...recipients].map(([email, locale]) => ({ email, locale })) },
    };
  });
}
