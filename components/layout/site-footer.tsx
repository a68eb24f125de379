import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter({ showOutbox }: { showOutbox: boolean }) {
  const t = await getTranslations("site");
  return (
    <footer className="no-print mt-16 border-t-4 border-link bg-surface">
      <div className="mx-auto max-w-5xl px-4 py-8 text-base">
        <nav aria-label={t("footerNav")}>
          <ul className="mb-4 flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href="/o-centrum">{t("about")}</Link>
            </li>
            <li>
              <Link href="/deklaracja-dostepnosci">{t("accessibility")}</Link>
            </li>
            <li>
              <Link href="/ochrona-danych">{t("privacy")}</Link>
            </li>
            <li>
              <a href="/konsultacje.atom">{t("feed")}</a>
            </li>
            <li>
              <a href="/kalendarz.ics">{t("calendar")}</a>
            </li>
            <li>
              <a href="/api/v1/openapi.json">{t("openData")}</a>
            </li>
            {showOutbox ? (
              <li>
                <Link href="/dev/outbox">{t("outbox")}</Link>
              </li>
            ) : null}
          </ul>
        </nav>
        <p className="text-muted">{t("operator")}</p>
      </div>
    </footer>
  );
}
