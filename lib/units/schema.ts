import { z } from "zod";
import { emailSchema } from "@/lib/users/schema";

/** A new owner unit; the slug is made from the short name when left empty. */
export const unitSchema = z.object({
  name: z.string().trim().min(3, { error: "unit.name.required" }).max(200),
  shortName: z
    .string()
    .trim()
    .min(1, { error: "unit.shortName.required" })
    .max(20, { error: "unit.shortName.tooLong" }),
  isCoordinator: z.boolean(),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => v === "" || z.email().safeParse(v).success, { error: "email.invalid" }),
});
export type UnitInput = z.input<typeof unitSchema>;

export const clerkEmailSchema = z.object({ email: emailSchema });
export type ClerkEmailInput = z.infer<typeof clerkEmailSchema>;

export const appointments = ["NGO", "MAYOR", "CITY_COUNCIL"] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "council.date.invalid" });

/** A seat on the Public Benefit Council, given to a person by e-mail. */
export const councilSeatSchema = z
  .object({
    email: emailSchema,
    appointedBy: z.enum(appointments, { error: "council.appointedBy.required" }),
    isCoChair: z.boolean(),
    isSecretary: z.boolean(),
    termStart: isoDate,
    termEnd: isoDate,
  })
  .refine((v) => v.termEnd > v.termStart, { path: ["termEnd"], error: "council.termEnd.beforeStart" });
export type CouncilSeatInput = z.input<typeof councilSeatSchema>;

const POLISH: Record<string, string> = { ą: "a", ć: "c", ę: "e", ł: "l", ń: "n", ó: "o", ś: "s", ź: "z", ż: "z" };

/** A unit's address part from its short name: "DSS" → "dss", "Dział Łączności" → "dzial-lacznosci". */
export function unitSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ąćęłńóśźż]/g, (c) => POLISH[c] ?? c)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
}
