import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signInPath } from "@/lib/auth/redirect";
import { env, outboxEnabled } from "@/lib/env";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CheckEmailPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
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
        <Link href={signInPath(typeof callbackUrl === "string" ? callbackUrl : "")}>{t("again")}</Link>
      </p>
    </>
  );
}
