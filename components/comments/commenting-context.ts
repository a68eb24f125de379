import { getTranslations } from "next-intl/server";
import type { MaybeActor } from "@/lib/auth/actor";
import { behalfChoices } from "@/lib/comments/policy";
import type { ConsultationForReading } from "@/lib/consultations/queries";
import { resolveLocale } from "@/lib/i18n/request";
import type { CommentingContext } from "./types";

/**
 * What a reading page tells its comment islands. Comments are made on the newest version
 * while the consultation is open; otherwise null (the page only reads).
 */
export async function commentingContextFor(
  user: MaybeActor,
  consultation: ConsultationForReading,
  slug: string,
): Promise<CommentingContext | null> {
  const accepting =
    consultation.status === "OPEN" &&
    consultation.version !== null &&
    consultation.version.id === consultation.latestVersion?.id;
  if (!accepting) return null;
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
  };
}
