import { getTranslations } from "next-intl/server";
import type { MaybeActor } from "@/lib/auth/actor";
import { behalfChoices } from "@/lib/comments/policy";
import type { ConsultationForReading } from "@/lib/consultations/queries";
import { resolveLocale } from "@/lib/i18n/request";
import type { CommentingContext } from "./types";

/**
 * What a reading page tells its comment islands while the consultation is open: new comments on
 * the newest version, changes and withdrawals of one's comments on any version. Otherwise null
 * (the page only reads).
 */
export async function commentingContextFor(
  user: MaybeActor,
  consultation: ConsultationForReading,
  slug: string,
): Promise<CommentingContext | null> {
  if (consultation.status !== "OPEN" || consultation.version === null) return null;
  const newComments = consultation.version.id === consultation.latestVersion?.id;
  const { choices, unverified } = behalfChoices(user, consultation);
  const [locale, t] = await Promise.all([resolveLocale(), getTranslations("commenting")]);
  return {
    consultationId: consultation.id,
    slug,
    signedIn: user !== null,
    justificationRequired: consultation.justificationRequired,
    behalf: choices,
    unverified,
    locale,
    loadingLabel: t("loading"),
    newComments,
  };
}
