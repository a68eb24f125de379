import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { FrequencyValue } from "./schema";
import type { Subscriber } from "./token";

export type SubscriptionOwner = { organizationId: string } | { userId: string };

/** A subscription as the form shows it: what is stored, or the default when nothing is. */
export type SubscriptionView = {
  stored: boolean;
  frequency: FrequencyValue;
  /** The owner units ticked (all of them when the subscription follows every topic). */
  unitIds: string[];
  unsubscribedAt: Date | null;
};

/** The topics one can follow: every owner unit, by name. */
export async function listTopics() {
  return db.ownerUnit.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

function whereOwner(owner: SubscriptionOwner) {
  return "organizationId" in owner ? { organizationId: owner.organizationId } : { userId: owner.userId };
}

/**
 * One subscription with its defaults: an organisation follows everything at once; a person
 * gets nothing (a Council member everything at once) until they choose.
 */
export async function getSubscriptionView(
  owner: SubscriptionOwner,
  allUnitIds: readonly string[],
  defaultFrequency: FrequencyValue,
): Promise<SubscriptionView> {
  const row = await db.notificationSubscription.findUnique({
    where: whereOwner(owner),
    select: { allTopics: true, frequency: true, unsubscribedAt: true, topics: { select: { ownerUnitId: true } } },
  });
  if (!row) return { stored: false, frequency: defaultFrequency, unitIds: [...allUnitIds], unsubscribedAt: null };
  return {
    stored: true,
    frequency: row.frequency,
    unitIds: row.allTopics ? [...allUnitIds] : row.topics.map((t) => t.ownerUnitId),
    unsubscribedAt: row.unsubscribedAt,
  };
}

/** The preferences page: the person's own subscription and those of the organisations they manage. */
export async function getPreferencesPage(actor: Actor) {
  const units = await listTopics();
  const unitIds = units.map((u) => u.id);
  const own = await getSubscriptionView({ userId: actor.id }, unitIds, actor.council ? "IMMEDIATE" : "NONE");
  const managed = actor.memberships.filter((m) => m.manager).map((m) => m.organizationId);
  const orgs = await db.organization.findMany({
    where: { id: { in: managed } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true, verification: true },
  });
  const organizations = await Promise.all(
    orgs.map(async (o) => ({
      ...o,
      subscription: await getSubscriptionView({ organizationId: o.id }, unitIds, "IMMEDIATE"),
    })),
  );
  return { units, own, organizations };
}

/** What a one-click link would unsubscribe: the address and name, and whether it receives nothing already. */
export async function getUnsubscribeTarget(subscriber: Subscriber) {
  if (subscriber.kind === "organization") {
    const org = await db.organization.findUnique({
      where: { id: subscriber.id },
      select: { name: true, email: true, notificationSubscription: { select: { frequency: true } } },
    });
    if (!org) return null;
    return {
      kind: "organization" as const,
      name: org.name,
      email: org.email,
      unsubscribed: org.notificationSubscription?.frequency === "NONE",
    };
  }
  const user = await db.user.findUnique({
    where: { id: subscriber.id },
    select: { email: true, notificationSubscription: { select: { frequency: true } } },
  });
  if (!user) return null;
  return {
    kind: "user" as const,
    name: null,
    email: user.email,
    unsubscribed: user.notificationSubscription?.frequency === "NONE",
  };
}
