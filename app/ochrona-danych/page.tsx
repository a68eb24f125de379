import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SitePageView } from "@/components/site/site-page-view";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("site"))("privacy") };
}

export default function PrivacyPage() {
  return <SitePageView slug="ochrona-danych" />;
}
