import { z } from "zod";
import { type Settings, settingDefaults } from "./defaults";

type Key = keyof typeof settingDefaults;

function valueSchema(key: Key): z.ZodType {
  const fallback = settingDefaults[key];
  if (typeof fallback === "number") {
    return Number.isInteger(fallback) ? z.number().int().nonnegative() : z.number().min(0).max(1);
  }
  if (typeof fallback === "boolean") return z.boolean();
  return z.string().trim().min(1);
}

/**
 * The defaults overridden by the rows of the `settings` table. A row with an unknown
 * key is ignored; one whose value has the wrong type keeps the default (and is reported
 * through `rejected`, so that a mistyped setting never breaks a page).
 */
export function mergeSettings(rows: readonly { key: string; value: unknown }[]): {
  settings: Settings;
  rejected: string[];
} {
  const settings: Settings = { ...settingDefaults };
  const rejected: string[] = [];
  for (const { key, value } of rows) {
    if (!Object.hasOwn(settingDefaults, key)) continue;
    const parsed = valueSchema(key as Key).safeParse(value);
    if (parsed.success) (settings as Record<Key, unknown>)[key as Key] = parsed.data;
    else rejected.push(key);
  }
  return { settings, rejected };
}
