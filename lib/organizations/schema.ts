import { z } from "zod";
import { emailSchema } from "@/lib/users/schema";

export const legalForms = [
  "STOWARZYSZENIE",
  "STOWARZYSZENIE_ZWYKLE",
  "FUNDACJA",
  "KOSCIELNA_OSOBA_PRAWNA",
  "SPOLDZIELNIA_SOCJALNA",
  "SPOLKA_NON_PROFIT",
  "STOWARZYSZENIE_JST",
  "GRUPA_INICJATYWNA",
  "INNA",
] as const;

export const registerKinds = ["KRS", "OTHER_REGISTER", "EWIDENCJA", "NONE"] as const;

/**
 * KRS numbers are 10 digits with leading zeros ("0000123456"). People often type
 * them without the zeros or with spaces, so digits alone are padded; anything else is refused.
 */
export function normalizeKrs(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "");
  if (!/^\d{1,10}$/.test(digits) || /^0+$/.test(digits)) return null;
  return digits.padStart(10, "0");
}

export function isValidKrs(value: string): boolean {
  return /^\d{10}$/.test(value) && !/^0+$/.test(value);
}

const phoneSchema = z
  .string()
  .trim()
  .max(40)
  .refine((v) => v === "" || /^\+?[\d\s()-]{7,}$/.test(v), { error: "phone.invalid" });

export const organizationSchema = z
  .object({
    name: z.string().trim().min(3, { error: "org.name.tooShort" }).max(300),
    legalForm: z.enum(legalForms, { error: "org.legalForm.required" }),
    registerKind: z.enum(registerKinds, { error: "org.registerKind.required" }),
    registerName: z.string().trim().max(200).optional(),
    registerNumber: z.string().trim().max(50).optional(),
    seatAddress: z.string().trim().min(5, { error: "org.seatAddress.required" }).max(300),
    contactPerson: z.string().trim().min(3, { error: "org.contactPerson.required" }).max(120),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: "email.invalid" })),
    phone: phoneSchema.optional(),
  })
  .transform((value, ctx) => {
    if (value.registerKind === "NONE") return { ...value, registerNumber: undefined, registerName: undefined };
    if (value.registerKind === "KRS") {
      const krs = normalizeKrs(value.registerNumber ?? "");
      if (!krs) {
        ctx.addIssue({ code: "custom", path: ["registerNumber"], message: "org.krs.invalid" });
        return z.NEVER;
      }
      return { ...value, registerNumber: krs, registerName: undefined };
    }
    if (!value.registerNumber) {
      ctx.addIssue({ code: "custom", path: ["registerNumber"], message: "org.registerNumber.required" });
      return z.NEVER;
    }
    if (!value.registerName) {
      ctx.addIssue({ code: "custom", path: ["registerName"], message: "org.registerName.required" });
      return z.NEVER;
    }
    return value;
  });
export type OrganizationInput = z.input<typeof organizationSchema>;
export type Organization = z.output<typeof organizationSchema>;

export const membershipRoles = ["MANAGER", "MEMBER"] as const;
export type MembershipRoleValue = (typeof membershipRoles)[number];

const idSchema = z.string().trim().min(1).max(64);

/** Inviting a person to an organisation by e-mail. */
export const inviteMemberSchema = z.object({
  organizationId: idSchema,
  email: emailSchema,
  role: z.enum(membershipRoles, { error: "org.role.required" }),
});
export const inviteFormSchema = inviteMemberSchema.pick({ email: true, role: true });
export type InviteFormInput = z.input<typeof inviteFormSchema>;

/** Accepting or declining: a join request (by a manager) or an invitation (by the invited person). */
export const membershipDecisionSchema = z.object({
  organizationId: idSchema,
  userId: idSchema,
  accept: z.boolean(),
});
export type MembershipDecision = z.infer<typeof membershipDecisionSchema>;

export const memberRoleSchema = z.object({
  organizationId: idSchema,
  userId: idSchema,
  role: z.enum(membershipRoles, { error: "org.role.required" }),
});

export const memberRefSchema = z.object({ organizationId: idSchema, userId: idSchema });

export const organizationRefSchema = z.object({ organizationId: idSchema });

/** CWOP's decision on a registered organisation; a rejection must say why. */
/**
 * The record as the verifier saw it (its updatedAt, ISO): a decision on data the organisation
 * changed meanwhile is refused. Absent: not checked.
 */
const seenVersion = z.iso.datetime().optional();

export const verificationDecisionSchema = z.discriminatedUnion("decision", [
  z.object({ organizationId: idSchema, decision: z.literal("VERIFIED"), basedOn: seenVersion }),
  z.object({
    organizationId: idSchema,
    decision: z.literal("REJECTED"),
    basedOn: seenVersion,
    reason: z
      .string({ error: "org.rejection.required" })
      .trim()
      .min(10, { error: "org.rejection.required" })
      .max(2000, { error: "org.rejection.tooLong" }),
  }),
]);
export type VerificationDecision = z.infer<typeof verificationDecisionSchema>;

export const rejectionFormSchema = z.object({
  reason: z.string().trim().min(10, { error: "org.rejection.required" }).max(2000, { error: "org.rejection.tooLong" }),
});
export type RejectionFormInput = z.infer<typeof rejectionFormSchema>;

/** The search box of the public list: free text, and a page number from the address. */
export const organizationSearchSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  strona: z.coerce.number().int().min(1).max(10_000).catch(1),
});
