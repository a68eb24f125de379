import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { ReceiptLookupForm } from "@/components/comments/receipt-lookup-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("receipt"))("title") };
}

const query = z.object({ numer: z.string().trim().max(64).optional() });

export default async function ReceiptLookupPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const parsed = query.safeParse(await searchParams);
  const number = parsed.success ? parsed.data.numer?.toUpperCase() : undefined;
  if (number) redirect(`/potwierdzenie/${number.split("/").map(encodeURIComponent).join("/")}`);
  const t = await getTranslations("receipt");
  return (
    <>
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-8 max-w-2xl">{t("intro")}</p>
      <ReceiptLookupForm />
    </>
  );
}
