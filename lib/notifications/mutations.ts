import "server-only";
import { appendAuditEvent } from "@/lib/audit/log";
import { db } from "@/lib/db";
import type { SubscriptionOwner } from "./queries";
import type { PreferencesInput } from "./schema";
import type { Subscriber } from "./token";

export type SaveResult =
  | { ok: true; subscriptionId: string }
  | { ok: false; reason: "invalid"; field: "unitIds"; error: "unknownTopic" };

function ownerColumns(owner: SubscriptionOwner) {
  return "organizationId" in owner
    ? { organizationId: owner.organizationId, userId: null }
    : { userId: owner.userId, organizationId: null };
}

/**
 * Stores one subscription's topics and frequency (and clears a one-click unsubscribe), with
 * an audit event. Ticking every owner unit means "every topic", new units included.
 * Input must have passed `preferencesSchema`; the actor's right was checked by the policy.
 */
export async function saveSubscription(
  actorId: string,
  owner: SubscriptionOwner,
  input: PreferencesInput,
): Promise<SaveResult> {
  return db.$transaction(async (tx) => {
    const units = new Set((await tx.ownerUnit.findMany({ select: { id: true } })).map((u) => u.id));
    const chosen = [...new Set(input.unitIds)];
    if (chosen.some((id) => !units.has(id))) {
      return {
        ok: false as const,
        reason: "invalid" as const,
        field: "unitIds" as const,
        error: "unknownTopic" as const,
      };
    }
    const allTopics = units.size > 0 && chosen.length === units.size;
    const columns = { allTopics, frequency: input.frequency, unsubscribedAt: null, updatedById: actorId };
    const owned = ownerColumns(owner);
    const existing = await tx.notificationSubscription.findFirst({
      where: owned.organizationId ? { organizationId: owned.organizationId } : { userId: owned.userId },
      select: { id: true },
    });
    const subscription = existing
      ? await tx.notificationSubscription.update({ where: { id: existing.id }, data: columns, select: { id: true } })
      : await tx.notificationSubscription.create({ data: { ...owned, ...columns }, select: { id: true } });
    await tx.notificationTopic.deleteMany({ where: { subscriptionId: subscription.id } });
    if (!allTopics && chosen.length > 0) {
      await tx.notificationTopic.createMany({
        data: chosen.map((ownerUnitId) => ({ subscriptionId: subscription.id, ownerUnitId })),
      });
    }
    await appendAuditEvent(tx, {
      actorId,
      action: "notifications.preferences_saved",
      entityType: "NotificationSubscription",
      entityId: subscription.id,
      data: { ...owned, frequency: input.frequency, allTopics, unitIds: allTopics ? [] : chosen.sort() },
    });
    return { ok: true as const, subscriptionId: subscription.id };
  });
}

export type UnsubscribeResult = { ok: true; changed: boolean } | { ok: false; reason: "not_found" };

/**
 * The one-click unsubscribe: no bulk e-mail to this organisation or person any more
 * (frequency NONE), recorded with an audit event. Idempotent: a second use changes nothing.
 */
export async function unsubscribe(subscriber: Subscriber, now: Date, via: "one-click" | "page") {
  return db.$transaction(async (tx): Promise<UnsubscribeResult> => {
    const exists =
      subscriber.kind === "organization"
        ? await tx.organization.findUnique({ where: { id: subscriber.id }, select: { id: true } })
        : await tx.user.findUnique({ where: { id: subscriber.id }, select: { id: true } });
    if (!exists) return { ok: false, reason: "not_found" };
    const owned =
      subscriber.kind === "organization"
        ? { organizationId: subscriber.id, userId: null }
        : { userId: subscriber.id, organizationId: null };
    const existing = await tx.notificationSubscription.findFirst({
      where: subscriber.kind === "organization" ? { organizationId: subscriber.id } : { userId: subscriber.id },
      select: { id: true, frequency: true },
    });
    if (existing?.frequency === "NONE") return { ok: true, changed: false };
    const subscription = existing
      ? await tx.notificationSubscription.update({
          where: { id: existing.id },
          data: { frequency: "NONE", unsubscribedAt: now },
          select: { id: true },
        })
      : await tx.notificationSubscription.create({
          data: { ...owned, frequency: "NONE", unsubscribedAt: now },
          select: { id: true },
        });
    await appendAuditEvent(tx, {
      actorId: null,
      action: "notifications.unsubscribed",
      entityType: "NotificationSubscription",
      entityId: subscription.id,
      data: { ...owned, via, previousFrequency: existing?.frequency ?? null },
    });
    return { ok: true, changed: true };
  });
}
