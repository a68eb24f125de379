import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("deletedTitle") };
}

/** Where a person lands after deleting their account (signed out by then). */
export default async function AccountDeletedPage() {
  const t = await getTranslations("profile");
  return (
    <>
      <h1 className="mb-4">{t("deletedTitle")}</h1>
      <p role="status" className="mb-6 max-w-2xl" data-testid="account-deleted">
        {t("deletedBody")}
      </p>
      <p>
        <Link href="/">{t("deletedHome")}</Link>
      </p>
    </>
  );
}
