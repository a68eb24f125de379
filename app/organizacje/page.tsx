import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { VerificationTag } from "@/components/organizations/organization-details";
import { Pager, SearchBox } from "@/components/organizations/pager";
import { getCurrentUser } from "@/lib/auth/session";
import { canRegisterOrganization } from "@/lib/organizations/policy";
import { listOwnMemberships, ORGANIZATIONS_PAGE_SIZE, searchVerifiedOrganizations } from "@/lib/organizations/queries";
import { organizationSearchSchema } from "@/lib/organizations/schema";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("orgList"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrganizationsPage({ searchParams }: Props) {
  const raw = await searchParams;
  const { q, strona } = organizationSearchSchema.parse(raw);
  const user = await getCurrentUser();
  const [t, tStatus, tLegal, own, found] = await Promise.all([
    getTranslations("orgList"),
    getTranslations("orgMemberStatus"),
    getTranslations("orgLegalForm"),
    user ? listOwnMemberships(user.id) : Promise.resolve([]),
    searchVerifiedOrganizations(q, strona),
  ]);
  return (
    <>
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-6 max-w-2xl">{t("intro")}</p>
      {raw.opuszczono ? (
        <p role="status" className="mb-6 border-l-8 border-success bg-[#cce2d8] p-4">
          {t("left")}
        </p>
      ) : null}

      {user ? (
        <section aria-labelledby="own-title" className="mb-10">
          <h2 id="own-title" className="mb-4 text-2xl">
            {t("ownTitle")}
          </h2>
          {own.length === 0 ? (
            <p className="mb-4">{t("ownEmpty")}</p>
          ) : (
            <ul className="mb-4 space-y-2" data-testid="own-organizations">
              {own.map((m) => (
                <li key={m.organization.id} className="flex flex-wrap items-center gap-3">
                  <Link href={`/organizacje/${m.organization.id}`}>{m.organization.name}</Link>
                  <VerificationTag state={m.organization.verification} />
                  <span>{tStatus(m.status)}</span>
                </li>
              ))}
            </ul>
          )}
          {canRegisterOrganization(user) ? (
            <Link
              href="/organizacje/nowa"
              className="inline-block min-h-11 bg-action px-4 py-2 text-lg text-white no-underline shadow-[0_2px_0_#002d18] hover:bg-action-dark focus-visible:bg-focus focus-visible:text-ink"
            >
              {t("register")}
            </Link>
          ) : null}
        </section>
      ) : (
        <p className="mb-8">
          <Link href="/logowanie?callbackUrl=/organizacje">{t("signIn")}</Link>
        </p>
      )}

      <section aria-labelledby="verified-title">
        <h2 id="verified-title" className="mb-4 text-2xl">
          {t("verifiedTitle")}
        </h2>
        <SearchBox id="q" label={t("searchLabel")} value={q} />
        <p className="mb-4" role="status">
          {t("count", { count: found.total })}
        </p>
        {found.rows.length > 0 ? (
          <ul className="divide-y divide-line border-y border-line" data-testid="organizations">
            {found.rows.map((org) => (
              <li key={org.id} className="py-3">
                <Link href={`/organizacje/${org.id}`} className="font-bold">
                  {org.name}
                </Link>
                <p className="text-muted">
                  {tLegal(org.legalForm)}
                  {org.registerNumber ? ` · ${org.registerKind === "KRS" ? "KRS " : ""}${org.registerNumber}` : ""} ·{" "}
                  {org.seatAddress}
                </p>
              </li>
            ))}
          </ul>
        ) : null}
        <Pager basePath="/organizacje" query={q} page={strona} pageSize={ORGANIZATIONS_PAGE_SIZE} total={found.total} />
      </section>
    </>
  );
}
