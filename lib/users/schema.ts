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

/** The roles an administrator gives a person (a checkbox group); at least one. */
export const userRolesSchema = z.object({
  roles: z.array(z.enum(roleValues)).min(1, { error: "roles.required" }),
});
export type UserRolesInput = z.infer<typeof userRolesSchema>;

/** The administrators' list of people: search by e-mail or name, paged on the server. */
export const userSearchSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  strona: z.coerce.number().int().min(1).max(100_000).catch(1),
});

/** Deleting one's account: the person types their e-mail address to confirm (checked against the session). */
export const deleteAccountSchema = z.object({
  confirmation: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: "account.confirmationRequired" })
    .max(320, { error: "account.confirmationRequired" }),
});
export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;
