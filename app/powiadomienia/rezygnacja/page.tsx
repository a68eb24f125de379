import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { unsubscribeAction } from "@/lib/notifications/actions";
import { PREFERENCES_PATH } from "@/lib/notifications/links";
import { subscriberFromToken } from "@/lib/notifications/one-click";
import { getUnsubscribeTarget } from "@/lib/notifications/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications.unsubscribe"))("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Where the one-click link leads a person: what it unsubscribes, and a button (no login needed). */
export default async function UnsubscribePage({ searchParams }: Props) {
  const { token } = await searchParams;
  const t = await getTranslations("notifications.unsubscribe");
  const subscriber = typeof token === "string" ? subscriberFromToken(token) : null;
  const target = subscriber ? await getUnsubscribeTarget(subscriber) : null;
  const preferences = (
    <p className="mt-6">
      <Link href={PREFERENCES_PATH}>{t("preferencesLink")}</Link>
    </p>
  );
  return (
    <>
      <h1 className="mb-6">{t("title")}</h1>
      {!subscriber || !target ? (
        <>
          <p className="max-w-2xl" data-testid="unsubscribe-invalid">
            {subscriber ? t("gone") : t("invalid")}
          </p>
          {preferences}
        </>
      ) : target.unsubscribed ? (
        <>
          <p role="status" className="mb-4 border-l-8 border-success bg-[#cce2d8] p-4" data-testid="unsubscribe-done">
            {t("done", { email: target.email })}
          </p>
          <p className="max-w-2xl">{t("doneHint")}</p>
          {preferences}
        </>
      ) : (
        <form action={unsubscribeAction} className="max-w-2xl">
          <input type="hidden" name="token" value={token as string} />
          <p className="mb-4 text-xl">
            {target.kind === "organization"
              ? t("confirmOrganization", { name: target.name, email: target.email })
              : t("confirm", { email: target.email })}
          </p>
          <p className="mb-6">{t("explain")}</p>
          <Button type="submit" variant="warning">
            {t("button")}
          </Button>
        </form>
      )}
    </>
  );
}
