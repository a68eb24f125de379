import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/organizations/action-button";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { isoDateOf } from "@/lib/consultations/form-values";
import { now } from "@/lib/time/clock";
import { warsawDate } from "@/lib/time/warsaw";
import { removeCouncilSeatAction } from "@/lib/units/actions";
import { canManageCouncil } from "@/lib/units/policy";
import { listCouncilMembers } from "@/lib/units/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCouncil"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CouncilPage({ searchParams }: Props) {
  const query = await searchParams;
  const user = await getCurrentUser();
  if (!user) redirect("/logowanie?callbackUrl=/admin/rada");
  if (!canManageCouncil(user)) return <Forbidden />;
  const [t, tAppointed, format, members] = await Promise.all([
    getTranslations("adminCouncil"),
    getTranslations("adminCouncilAppointed"),
    getFormatter(),
    listCouncilMembers(),
  ]);
  // A seat counts while its term lasts (the last day inclusive, as the policies read it).
  const today = warsawDate(now());
  const seated = (m: { termStart: Date; termEnd: Date }) =>
    isoDateOf(m.termStart) <= today && today <= isoDateOf(m.termEnd);
  const current = members.filter(seated);
  return (
    <>
      <p className="mb-4">
        <Link href="/admin">{t("backToAdmin")}</Link>
      </p>
      <h1 className="mb-4">{t("title")}</h1>
      {query.zapisano ? (
        <p role="status" className="mb-6 border-l-8 border-success bg-[#cce2d8] p-4">
          {t("saved")}
        </p>
      ) : null}
      <p className="mb-6">{t("count", { count: current.length })}</p>
      {current.every((m) => !m.isSecretary) ? (
        // Without a secretary the Council's opinion cannot be recorded at all.
        <p className="mb-6 max-w-3xl border-l-8 border-[#ffdd00] bg-[#fff7bf] p-4" data-testid="no-secretary">
          {t("noSecretary")}
        </p>
      ) : null}
      <p className="mb-8">
        <Link
          href="/admin/rada/nowy"
          className="inline-block min-h-11 bg-action px-4 py-2 text-lg text-white no-underline shadow-[0_2px_0_#002d18] hover:bg-action-dark focus-visible:bg-focus focus-visible:text-ink"
        >
          {t("add")}
        </Link>
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-base" data-testid="council">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t("colPerson")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("colAppointed")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("colFunctions")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("colTerm")}
              </th>
              <th scope="col" className="py-2">
                {t("colActions")}
              </th>
            </tr>
          </thead>
          <tbody>
            {members.map((m) => {
              const who = m.user.name ? `${m.user.name} (${m.user.email})` : m.user.email;
              const functions = [m.isCoChair ? t("coChair") : null, m.isSecretary ? t("secretary") : null].filter(
                Boolean,
              );
              return (
                <tr key={m.user.id} className="border-b border-line align-top">
                  <td className="py-2 pr-4">{who}</td>
                  <td className="py-2 pr-4">{tAppointed(m.appointedBy)}</td>
                  <td className="py-2 pr-4">{functions.join(", ") || "—"}</td>
                  <td className="py-2 pr-4 whitespace-nowrap">
                    {format.dateTime(m.termStart, { dateStyle: "short", timeZone: "UTC" })} –{" "}
                    {format.dateTime(m.termEnd, { dateStyle: "short", timeZone: "UTC" })}
                    {seated(m) ? null : (
                      <strong className="ml-2 inline-block bg-surface px-1" data-testid="seat-expired">
                        {t("termOver")}
                      </strong>
                    )}
                  </td>
                  <td className="py-2">
                    <p className="mb-2">
                      <Link
                        href={`/admin/rada/nowy?osoba=${encodeURIComponent(m.user.id)}`}
                        aria-label={`${t("change")}: ${who}`}
                      >
                        {t("change")}
                      </Link>
                    </p>
                    <ActionButton
                      action={removeCouncilSeatAction}
                      payload={{ userId: m.user.id }}
                      label={t("remove")}
                      accessibleLabel={`${t("remove")}: ${who}`}
                      variant="warning"
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
