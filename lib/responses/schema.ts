import { z } from "zod";

export const positions = ["ACCEPTED", "PARTLY_ACCEPTED", "REJECTED", "EXPLAINED"] as const;
export type PositionValue = (typeof positions)[number];

/** The owner unit's answer: a justification is required for everything but "uwzględniona". */
export const responseSchema = z
  .object({
    position: z.enum(positions, { error: "response.position.required" }),
    justification: z.string().trim().max(10_000).optional(),
  })
  .superRefine((value, ctx) => {
    if (value.position !== "ACCEPTED" && !value.justification) {
      ctx.addIssue({ code: "custom", path: ["justification"], message: "response.justification.required" });
    }
  });
export type ResponseInput = z.infer<typeof responseSchema>;
