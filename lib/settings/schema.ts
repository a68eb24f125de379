import { z } from "zod";

// Each setting with the bounds that keep the platform working (a minimum period of 0 days, or a
// Council of 0 members whose quorum is then 0, would not). Messages are keys of "adminSettings.errors".
const text = (min: number, max: number) => z.string().trim().min(min, { error: "text" }).max(max, { error: "text" });
const whole = (min: number, max: number) =>
  z.coerce
    .number({ error: "number" })
    .int({ error: "number" })
    .min(min, { error: "range" })
    .max(max, { error: "range" });

export const settingsSchema = z
  .object({
    cityCode: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-ZĄĆĘŁŃÓŚŹŻ]{2,10}$/, { error: "cityCode" }),
    cityName: text(2, 200),
    publishingBody: text(2, 300),
    consultationLegalBasis: text(5, 1000),
    minConsultationDays: whole(1, 60),
    recommendedConsultationDays: whole(1, 90),
    councilOpinionDays: whole(1, 90),
    reportDueDays: whole(1, 365),
    justificationRequiredByDefault: z.boolean(),
    similarityThreshold: z.coerce
      .number({ error: "number" })
      .min(0.3, { error: "range" })
      .max(0.95, { error: "range" }),
    councilName: text(3, 300),
    councilSize: whole(1, 50),
    councilTermYears: whole(1, 10),
  })
  .superRefine((value, ctx) => {
    if (value.recommendedConsultationDays < value.minConsultationDays) {
      ctx.addIssue({ code: "custom", path: ["recommendedConsultationDays"], message: "recommendedBelowMinimum" });
    }
  });
export type SettingsInput = z.input<typeof settingsSchema>;
export type SettingsValues = z.output<typeof settingsSchema>;
