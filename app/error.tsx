"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  const t = useTranslations("errors");
  return (
    <>
      <h1 className="mb-4">{t("serverTitle")}</h1>
      <p className="mb-6 max-w-2xl">{t("serverBody")}</p>
      {error.digest ? <p className="text-base text-muted">{error.digest}</p> : null}
      <a href="/">{t("back")}</a>
    </>
  );
}
