import "server-only";
import { getFormatter } from "next-intl/server";
import { defaultCouncilDeadline } from "@/lib/consultations/form-values";
import { getSettings } from "@/lib/settings/queries";
import { now } from "@/lib/time/clock";
import { startOfWarsawDay, warsawDate } from "@/lib/time/warsaw";

/** The city's rules the consultation form shows and checks, with the Council's default deadline if published today. */
export async function loadFormRules() {
  const [settings, format] = await Promise.all([getSettings(), getFormatter()]);
  const councilDefault = defaultCouncilDeadline(warsawDate(now()), settings.councilOpinionDays);
  return {
    settings,
    rules: {
      minDays: settings.minConsultationDays,
      recommendedDays: settings.recommendedConsultationDays,
      councilDays: settings.councilOpinionDays,
      councilDefaultToday: format.dateTime(startOfWarsawDay(councilDefault), { dateStyle: "long" }),
    },
  };
}
