import "server-only";
import { db } from "@/lib/db";
import type { Settings } from "./defaults";
import { mergeSettings } from "./merge";

/** The city's settings: the defaults, overridden by valid rows of the `settings` table. */
export async function getSettings(): Promise<Settings> {
  const rows = await db.setting.findMany({ select: { key: true, value: true } });
  const { settings, rejected } = mergeSettings(rows);
  if (rejected.length > 0) console.warn(`Settings with invalid values ignored: ${rejected.join(", ")}`);
  return settings;
}
