import Link from "next/link";
import { getTranslations } from "next-intl/server";

type Props = { searchParams: Promise<{ error?: string }> };

const messages = {
  Verification: "errorVerification",
  EmailSignin: "errorEmailSignin",
  AccessDenied: "errorAccessDenied",
} as const;

export default async function SignInErrorPage({ searchParams }: Props) {
  const { error } = await searchParams;
  const t = await getTranslations("auth");
  const key = messages[error as keyof typeof messages] ?? "errorDefault";
  return (
    <>
      <h1 className="mb-4">{t("errorTitle")}</h1>
      <p className="mb-6 max-w-2xl" data-testid="auth-error" data-error={error ?? "unknown"}>
        {t(key)}
      </p>
      <p>
        <Link href="/logowanie">{t("requestNew")}</Link>
      </p>
    </>
  );
}
