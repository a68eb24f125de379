import { z } from "zod";

/** An e-mail address as people type it: trimmed and lower-cased before checking. */
export const emailSchema = z
  .string({ error: "email.required" })
  .trim()
  .min(1, { error: "email.required" })
  .max(254, { error: "email.invalid" })
  .toLowerCase()
  .pipe(z.email({ error: "email.invalid" }));

export const signInSchema = z.object({
  email: emailSchema,
});
export type SignInInput = z.infer<typeof signInSchema>;

export const profileSchema = z.object({
  name: z
    .string()
    .trim()
    .min(2, { error: "name.tooShort" })
    .max(120, { error: "name.tooLong" })
    .refine((value) => !/[<>]/.test(value), { error: "name.characters" }),
  showNamePublicly: z.boolean(),
});
export type ProfileInput = z.infer<typeof profileSchema>;

export const roleValues = ["ADMIN", "CLERK", "COUNCIL_MEMBER", "NGO_MEMBER", "RESIDENT"] as const;
export type RoleValue = (typeof roleValues)[number];
