import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { MaybeActor } from "@/lib/auth/actor";
import { canOpenPanel } from "@/lib/consultations/policy";
import { canSeeCouncilPanel } from "@/lib/council/policy";
import { switchLanguage } from "@/lib/i18n/actions";
import { canOpenAdmin } from "@/lib/users/policy";

const navLink = "text-white underline underline-offset-4 hover:decoration-[3px] focus-visible:text-ink";

export async function SiteHeader({ user }: { user: MaybeActor }) {
  const t = await getTranslations("site");
  const tAdmin = await getTranslations("admin");
  const locale = await getLocale();
  const other = locale === "pl" ? "en" : "pl";
  return (
    <header className="no-print border-b-8 border-link bg-brand text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-white no-underline focus-visible:text-ink">
          <span className="block text-sm">{t("city")}</span>
          <span className="block text-2xl font-bold">{t("name")}</span>
        </Link>
        <form action={switchLanguage}>
          <input type="hidden" name="locale" value={other} />
          <button
            type="submit"
            lang={other}
            aria-label={t("languageSwitchLabel")}
            className="cursor-pointer border-2 border-white px-2 py-1 text-base text-white focus-visible:text-ink"
            data-testid="language-switch"
          >
            {t("languageSwitch")}
          </button>
        </form>
      </div>
      <nav aria-label={t("mainNav")} className="bg-[#163e73]">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-1 px-4 py-2 text-base">
          <li>
            <Link href="/" className={navLink}>
              {t("home")}
            </Link>
          </li>
          <li>
            <Link href="/o-centrum" className={navLink}>
              {t("about")}
            </Link>
          </li>
          {canOpenPanel(user) ? (
            <li>
              <Link href="/panel" className={navLink}>
                {t("panel")}
              </Link>
            </li>
          ) : null}
          {canSeeCouncilPanel(user) ? (
            <li>
              <Link href="/rada" className={navLink}>
                {(await getTranslations("councilOpinion"))("navLink")}
              </Link>
            </li>
          ) : null}
          {user ? (
            <li>
              <Link href="/organizacje" className={navLink}>
                {tAdmin("navOrganizations")}
              </Link>
            </li>
          ) : null}
          {canOpenAdmin(user) ? (
            <li>
              <Link href="/admin" className={navLink}>
                {tAdmin("nav")}
              </Link>
            </li>
          ) : null}
          {user ? (
            <>
              <li>
                <Link href="/moje-uwagi" className={navLink}>
                  {(await getTranslations("myComments"))("navLink")}
                </Link>
              </li>
              <li className="sm:ml-auto">
                <Link href="/profil" className={navLink} data-testid="current-user">
                  {user.name ?? user.email}
                </Link>
              </li>
              <li>
                {/* A plain form: signing out needs no JavaScript on the page. */}
                <form method="post" action="/wyloguj">
                  <button
                    type="submit"
                    className="cursor-pointer text-white underline underline-offset-4 hover:decoration-[3px] focus-visible:text-ink"
                  >
                    {t("signOut")}
                  </button>
                </form>
              </li>
            </>
          ) : (
            <li className="sm:ml-auto">
              <Link href="/logowanie" className={navLink}>
                {t("signIn")}
              </Link>
            </li>
          )}
        </ul>
      </nav>
    </header>
  );
}
