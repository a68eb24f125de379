"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionResult, invalid } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth/session";
import { addUnitClerk, createUnit, removeCouncilSeat, removeUnitClerk, setCouncilSeat, updateUnit } from "./mutations";
import { canManageCouncil, canManageUnits } from "./policy";
import { clerkEmailSchema, councilSeatSchema, unitSchema } from "./schema";

const idSchema = z.string().trim().min(1).max(64);
const denied = (signedIn: boolean): ActionResult<never> => ({
  ok: false,
  reason: signedIn ? "forbidden" : "unauthenticated",
});
const conflictOn = (field: string, code: string): ActionResult<never> => ({
  ok: false,
  reason: "conflict",
  fieldErrors: { [field]: code },
});

export async function createUnitAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const parsed = unitSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  if (!canManageUnits(actor)) return denied(actor !== null);
  const result = await createUnit(actor.id, parsed.data);
  if (!result.ok) return conflictOn("shortName", result.code);
  revalidatePath("/admin/komorki");
  return result;
}

/** An administrator corrects a unit's name, short name, e-mail or coordinating role. */
export async function updateUnitAction(unitId: unknown, input: unknown): Promise<ActionResult<{ changed: string[] }>> {
  const id = idSchema.safeParse(unitId);
  if (!id.success) return invalid(id.error);
  const parsed = unitSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  if (!canManageUnits(actor)) return denied(actor !== null);
  const result = await updateUnit(actor.id, id.data, parsed.data);
  if (!result.ok)
    return result.code === "unit.missing" ? { ok: false, reason: "forbidden" } : conflictOn("shortName", result.code);
  revalidatePath("/admin/komorki");
  revalidatePath(`/admin/komorki/${id.data}`);
  return result;
}

export async function addUnitClerkAction(unitId: string, input: unknown): Promise<ActionResult> {
  const parsed = clerkEmailSchema.safeParse(input);
  const id = idSchema.safeParse(unitId);
  if (!parsed.success) return invalid(parsed.error);
  if (!id.success) return invalid(id.error);
  const actor = await getCurrentUser();
  if (!canManageUnits(actor)) return denied(actor !== null);
  const result = await addUnitClerk(actor.id, id.data, parsed.data.email);
  if (!result.ok) return conflictOn("email", result.code);
  revalidatePath(`/admin/komorki/${id.data}`);
  return result;
}

export async function removeUnitClerkAction(input: unknown): Promise<ActionResult> {
  const parsed = z.object({ unitId: idSchema, userId: idSchema }).safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  if (!canManageUnits(actor)) return denied(actor !== null);
  const result = await removeUnitClerk(actor.id, parsed.data.unitId, parsed.data.userId);
  if (!result.ok) return conflictOn("_form", result.code);
  revalidatePath(`/admin/komorki/${parsed.data.unitId}`);
  return result;
}

export async function setCouncilSeatAction(input: unknown): Promise<ActionResult> {
  const parsed = councilSeatSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  if (!canManageCouncil(actor)) return denied(actor !== null);
  const result = await setCouncilSeat(actor.id, parsed.data);
  if (!result.ok) return conflictOn("email", result.code);
  revalidatePath("/admin/rada");
  return result;
}

export async function removeCouncilSeatAction(input: unknown): Promise<ActionResult> {
  const parsed = z.object({ userId: idSchema }).safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const actor = await getCurrentUser();
  if (!canManageCouncil(actor)) return denied(actor !== null);
  const result = await removeCouncilSeat(actor.id, parsed.data.userId);
  if (!result.ok) return conflictOn("_form", result.code);
  revalidatePath("/admin/rada");
  return result;
}
