import { cookies } from "next/headers";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CALLBACK_COOKIES, signInPath } from "@/lib/auth/redirect";

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
  // Where the person was going (next-auth's cookie), so that a new link still leads back there.
  const jar = await cookies();
  const callback = CALLBACK_COOKIES.map((name) => jar.get(name)?.value).find(Boolean) ?? "";
  return (
    <>
      <h1 className="mb-4">{t("errorTitle")}</h1>
      <p className="mb-6 max-w-2xl" data-testid="auth-error" data-error={error ?? "unknown"}>
        {t(key)}
      </p>
      <p>
        <Link href={signInPath(callback)}>{t("requestNew")}</Link>
      </p>
    </>
  );
}
