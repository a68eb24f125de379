import "server-only";
import { appendAuditEvent } from "@/lib/audit/log";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { settingDefaults } from "./defaults";
import { mergeSettings } from "./merge";
import type { SettingsValues } from "./schema";

/**
 * Stores the settings that changed (one row per key), with one audit event naming each change
 * before and after. Returns the keys changed (none: nothing written).
 */
export async function saveSettings(actorId: string, values: SettingsValues): Promise<string[]> {
  return db.$transaction(async (tx) => {
    // One save at a time: two administrators' forms do not interleave their rows.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('settings'))`;
    const { settings: current } = mergeSettings(await tx.setting.findMany({ select: { key: true, value: true } }));
    const keys = (Object.keys(settingDefaults) as (keyof typeof settingDefaults)[]).filter(
      (key) => current[key] !== values[key],
    );
    for (const key of keys) {
      const value = values[key] as Prisma.InputJsonValue;
      await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
    }
    if (keys.length > 0) {
      await appendAuditEvent(tx, {
        actorId,
        action: "settings.changed",
        entityType: "Settings",
        entityId: "settings",
        data: {
          before: Object.fromEntries(keys.map((key) => [key, current[key]])),
          after: Object.fromEntries(keys.map((key) => [key, values[key]])),
        },
      });
    }
    return keys;
  });
}
