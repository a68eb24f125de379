import { z } from "zod";
import { recordId } from "@/lib/actions/ids";

export const frequencyValues = ["IMMEDIATE", "WEEKLY", "NONE"] as const;
export type FrequencyValue = (typeof frequencyValues)[number];

/**
 * One subscription's preferences as the form sends them: the owner units followed and how
 * often. Keys of the `notifications.errors` catalogue are the messages.
 */
export const preferencesSchema = z
  .object({
    unitIds: z.array(recordId, { error: "topicsRequired" }).max(500),
    frequency: z.enum(frequencyValues, { error: "frequencyRequired" }),
  })
  .refine((value) => value.frequency === "NONE" || value.unitIds.length > 0, {
    path: ["unitIds"],
    error: "topicsRequired",
  });
export type PreferencesInput = z.infer<typeof preferencesSchema>;

/** Whose preferences a form saves: the signed-in person's own, or an organisation's. */
export const preferencesTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("user") }),
  z.object({ kind: z.literal("organization"), organizationId: recordId }),
]);
export type PreferencesTarget = z.infer<typeof preferencesTargetSchema>;

/** A token from a link, checked for shape before its signature is. */
export const unsubscribeTokenSchema = z.string().trim().min(1).max(400);
