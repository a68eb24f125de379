"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, invalid } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { saveSitePage } from "./mutations";
import { canEditSitePage } from "./policy";
import { sitePageSchema } from "./schema";

export async function saveSitePageAction(input: unknown): Promise<ActionResult> {
  const parsed = sitePageSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, reason: "unauthenticated" };
  if (!canEditSitePage(actor)) return { ok: false, reason: "forbidden" };
  await saveSitePage(actor.id, parsed.data);
  revalidatePath(`/${parsed.data.slug}`);
  return { ok: true, data: undefined };
}
