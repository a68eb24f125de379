import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Shown with HTTP 200 inside the layout; the page has already refused to load any data. */
export async function Forbidden({ title, body }: { title?: string; body?: string }) {
  const t = await getTranslations("errors");
  return (
    <div data-testid="forbidden">
      <h1 className="mb-4">{title ?? t("forbiddenTitle")}</h1>
      <p className="mb-6 max-w-2xl">{body ?? t("forbiddenBody")}</p>
      <Link href="/">{t("back")}</Link>
    </div>
  );
}
