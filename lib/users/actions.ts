"use server";

import { revalidatePath } from "next/cache";
import { type ActionResult, invalid } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { updateProfile } from "./mutations";
import { canEditProfile } from "./policy";
import { profileSchema } from "./schema";

export async function saveProfile(input: unknown): Promise<ActionResult> {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  if (!actor) return { ok: false, reason: "unauthenticated" };
  if (!canEditProfile(actor, actor.id)) return { ok: false, reason: "forbidden" };
  await updateProfile(actor.id, parsed.data);
  revalidatePath("/", "layout");
  return { ok: true, data: undefined };
}
