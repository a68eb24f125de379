import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeleteAccountForm } from "@/components/profile/delete-account-form";
import { ProfileForm } from "@/components/profile/profile-form";
import { Button } from "@/components/ui/button";
import { getCurrentUser } from "@/lib/auth/session";
import { getProfile } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("profile"))("title") };
}

export default async function ProfilePage() {
  const user = await getCurrentUser();
  if (!user) redirect("/logowanie?callbackUrl=/profil");
  const profile = await getProfile(user.id);
  const t = await getTranslations("profile");
  const tRoles = await getTranslations("roles");
  const tAdmin = await getTranslations("admin");
  return (
    <>
      <h1 className="mb-6">{user.name ? t("title") : t("completeTitle")}</h1>
      {user.name ? null : <p className="mb-6 max-w-2xl">{t("completeIntro")}</p>}
      <dl className="mb-8 max-w-2xl divide-y divide-line border-y border-line">
        <div className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr]">
          <dt className="font-bold">{t("email")}</dt>
          <dd data-testid="profile-email">{user.email}</dd>
        </div>
        <div className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr]">
          <dt className="font-bold">{t("roles")}</dt>
          <dd>{user.roles.map((role) => tRoles(role)).join(", ")}</dd>
        </div>
        {profile.units.length > 0 ? (
          <div className="grid gap-1 py-3 sm:grid-cols-[12rem_1fr]">
            <dt className="font-bold">{t("units")}</dt>
            <dd>{profile.units.join(", ")}</dd>
          </div>
        ) : null}
        {user.council ? (
          <div className="py-3">
            {t("council")}
            {user.council.isSecretary ? ` (${t("councilSecretary")})` : null}
          </div>
        ) : null}
      </dl>
      <ProfileForm initial={{ name: user.name ?? "", showNamePublicly: profile.showNamePublicly }} />
      <section aria-labelledby="memberships-title" className="mt-12">
        <h2 id="memberships-title" className="mb-4">
          {t("memberships")}
        </h2>
        {user.memberships.length === 0 ? (
          <p className="text-muted">{t("noMemberships")}</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5" data-testid="memberships">
            {user.memberships.map((m) => (
              <li key={m.organizationId}>
                {m.organizationName} — {m.verified ? t("verified") : t("unverified")}
                {m.manager ? `, ${t("manager")}` : null}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4">
          <Link href="/organizacje">{tAdmin("profileLink")}</Link>
        </p>
        <p className="mt-2">
          <Link href="/powiadomienia">{(await getTranslations("notifications"))("profileLink")}</Link>
        </p>
      </section>
      <section aria-labelledby="sessions-title" className="mt-12">
        <h2 id="sessions-title" className="mb-4">
          {t("sessionsTitle")}
        </h2>
        <p className="mb-4 max-w-3xl">{t("sessionsHint")}</p>
        <form method="post" action="/wyloguj">
          <input type="hidden" name="everywhere" value="1" />
          <Button type="submit" variant="secondary">
            {t("signOutEverywhere")}
          </Button>
        </form>
      </section>
      <section aria-labelledby="data-title" className="mt-12">
        <h2 id="data-title" className="mb-4">
          {t("dataTitle")}
        </h2>
        <p className="mb-4 max-w-3xl">{t("dataIntro")}</p>
        <p className="mb-2">
          <a href="/profil/dane" download data-testid="data-download">
            {t("dataDownload")}
          </a>
        </p>
        <p>
          <Link href="/ochrona-danych">{t("privacyLink")}</Link>
        </p>
      </section>
      <section aria-labelledby="delete-title" className="mt-12">
        <h2 id="delete-title" className="mb-4">
          {t("deleteTitle")}
        </h2>
        <p className="mb-4 max-w-3xl">{t("deleteIntro")}</p>
        <DeleteAccountForm />
      </section>
    </>
  );
}
