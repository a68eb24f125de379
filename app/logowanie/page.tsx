import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackPath } from "@/lib/auth/redirect";
import { getCurrentUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  const t = await getTranslations("auth");
  const minutes = Math.ceil(Number(params.sekundy ?? "60") / 60);
  const problem = params.blad === "limit" ? t("rateLimited", { minutes }) : null;
  return (
    <>
      <h1 className="mb-4">{t("signInTitle")}</h1>
      <p className="mb-8 max-w-2xl">{t("signInIntro")}</p>
      <SignInForm callbackUrl={callbackUrl} initialProblem={problem} />
    </>
  );
}
