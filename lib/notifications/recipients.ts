import "server-only";
import { db } from "@/lib/db";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { now } from "@/lib/time/clock";
import { warsawDate } from "@/lib/time/warsaw";
import type { Subscriber } from "./token";

export type Frequency = "IMMEDIATE" | "WEEKLY";

/** One address that follows consultations, with what it follows. */
export type Follower = {
  subscriber: Subscriber;
  email: string;
  locale: Locale;
  allTopics: boolean;
  unitIds: ReadonlySet<string>;
};

const subscriptionColumns = { allTopics: true, frequency: true, topics: { select: { ownerUnitId: true } } } as const;

export function follows(follower: Follower, ownerUnitId: string): boolean {
  return follower.allTopics || follower.unitIds.has(ownerUnitId);
}

/**
 * Verified organisations receiving at `frequencies`, at their contact address and in Polish.
 * An organisation nobody configured follows every topic at once (CWOP's whole database).
 */
export async function organizationFollowers(frequencies: readonly Frequency[]): Promise<Follower[]> {
  const orgs = await db.organization.findMany({
    where: {
      verification: "VERIFIED",
      OR: [
        ...(frequencies.includes("IMMEDIATE") ? [{ notificationSubscription: { is: null } }] : []),
        { notificationSubscription: { is: { frequency: { in: [...frequencies] } } } },
      ],
    },
    orderBy: { id: "asc" },
    select: { id: true, email: true, notificationSubscription: { select: subscriptionColumns } },
  });
  return orgs.map((o) => ({
    subscriber: { kind: "organization", id: o.id },
    email: o.email.trim().toLowerCase(),
    locale: "pl",
    allTopics: o.notificationSubscription?.allTopics ?? true,
    unitIds: new Set(o.notificationSubscription?.topics.map((t) => t.ownerUnitId) ?? []),
  }));
}

/** People who subscribed for themselves at `frequencies`, in their own language. */
export async function personalFollowers(frequencies: readonly Frequency[]): Promise<Follower[]> {
  const subscriptions = await db.notificationSubscription.findMany({
    where: { userId: { not: null }, frequency: { in: [...frequencies] } },
    orderBy: { userId: "asc" },
    select: { ...subscriptionColumns, user: { select: { id: true, email: true, locale: true } } },
  });
  return subscriptions.flatMap((s) =>
    s.user
      ? [
          {
            subscriber: { kind: "user" as const, id: s.user.id },
            email: s.user.email.toLowerCase(),
            locale: isLocale(s.user.locale) ? s.user.locale : "pl",
            allTopics: s.allTopics,
            unitIds: new Set(s.topics.map((t) => t.ownerUnitId)),
          },
        ]
      : [],
  );
}

/** The Council's members (role and seat), except those who chose no e-mail at all. They follow everything. */
export async function councilFollowers(at: Date = now()): Promise<Follower[]> {
  // Seats in their term only (dates, both days included), as for the Council's rights.
  const today = new Date(`${warsawDate(at)}T00:00:00Z`);
  const members = await db.user.findMany({
    where: {
      roles: { has: "COUNCIL_MEMBER" },
      councilSeat: { is: { termStart: { lte: today }, termEnd: { gte: today } } },
      OR: [
        { notificationSubscription: { is: null } },
        { notificationSubscription: { is: { frequency: { not: "NONE" } } } },
      ],
    },
    orderBy: { id: "asc" },
    select: { id: true, email: true, locale: true },
  });
  return members.map((m) => ({
    subscriber: { kind: "user", id: m.id },
    email: m.email.toLowerCase(),
    locale: isLocale(m.locale) ? m.locale : "pl",
    allTopics: true,
    unitIds: new Set<string>(),
  }));
}

/** Subscribers who chose no e-mail at all (or used the one-click link): no bulk e-mail of any kind. */
export async function optedOut(subscribers: readonly Subscriber[]): Promise<Set<string>> {
  const orgIds = subscribers.filter((s) => s.kind === "organization").map((s) => s.id);
  const userIds = subscribers.filter((s) => s.kind === "user").map((s) => s.id);
  if (orgIds.length + userIds.length === 0) return new Set();
  const rows = await db.notificationSubscription.findMany({
    where: { frequency: "NONE", OR: [{ organizationId: { in: orgIds } }, { userId: { in: userIds } }] },
    select: { organizationId: true, userId: true },
  });
  return new Set(rows.map((r) => (r.organizationId ? `organization:${r.organizationId}` : `user:${r.userId}`)));
}

export const subscriberKey = (s: Subscriber) => `${s.kind}:${s.id}`;

/** One message per address: the first follower of an address wins (callers put the Council first). */
export function uniqueByAddress<T extends { email: string }>(followers: readonly T[]): T[] {
  const seen = new Set<string>();
  return followers.filter((f) => {
    if (seen.has(f.email)) return false;
    seen.add(f.email);
    return true;
  });
}
