import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { env, outboxEnabled } from "@/lib/env";

export default async function CheckEmailPage() {
  const t = await getTranslations("auth");
  return (
    <>
      <h1 className="mb-4">{t("checkTitle")}</h1>
      <p className="mb-4 max-w-2xl">{t("checkBody", { minutes: env.SIGNIN_LINK_MINUTES })}</p>
      <p className="mb-6 max-w-2xl">{t("checkSpam")}</p>
      {outboxEnabled ? (
        <p className="mb-6 border-l-8 border-link bg-surface p-4">
          <Link href="/dev/outbox">{t("outboxHint")}</Link>
        </p>
      ) : null}
      <p>
        <Link href="/logowanie">{t("again")}</Link>
      </p>
    </>
  );
}
