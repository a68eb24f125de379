"use client";

import { useSyncExternalStore } from "react";
import en from "@/lib/i18n/messages/en/errors.json";
import pl from "@/lib/i18n/messages/pl/errors.json";

const WORDS = { pl: pl.errors, en: en.errors };
const noSubscription = () => () => {};

/**
 * The error boundary of every page. It reads its few words straight from the catalogues (in
 * the page's language, from `<html lang>`) rather than through next-intl's client runtime,
 * which read-only pages do not load.
 */
export default function ErrorPage({ error }: { error: Error & { digest?: string } }) {
  const lang = useSyncExternalStore(
    noSubscription,
    () => document.documentElement.lang,
    () => "pl",
  );
  const t = lang === "en" ? WORDS.en : WORDS.pl;
  return (
    <>
      <h1 className="mb-4">{t.serverTitle}</h1>
      <p className="mb-6 max-w-2xl">{t.serverBody}</p>
      {error.digest ? <p className="text-base text-muted">{error.digest}</p> : null}
      <a href="/">{t.back}</a>
    </>
  );
}
