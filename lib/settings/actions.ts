"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, invalid } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { saveSettings } from "./mutations";
import { canManageSettings } from "./policy";
import { settingsSchema } from "./schema";

/** An administrator saves the city's settings; only the changed ones are written and logged. */
export async function saveSettingsAction(input: unknown): Promise<ActionResult<{ changed: string[] }>> {
  const parsed = settingsSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, reason: "unauthenticated" };
  if (!canManageSettings(actor)) return { ok: false, reason: "forbidden" };
  const changed = await saveSettings(actor.id, parsed.data);
  revalidatePath("/", "layout");
  return { ok: true, data: { changed } };
}
