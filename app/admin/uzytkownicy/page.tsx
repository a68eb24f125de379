import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Pager, SearchBox } from "@/components/organizations/pager";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { canManageUsers } from "@/lib/users/policy";
import { searchUsers, USERS_PAGE_SIZE } from "@/lib/users/queries";
import { userSearchSchema } from "@/lib/users/schema";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminUsers"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function UsersPage({ searchParams }: Props) {
  const { q, strona } = userSearchSchema.parse(await searchParams);
  const user = await getCurrentUser();
  if (!user) redirect("/logowanie?callbackUrl=/admin/uzytkownicy");
  if (!canManageUsers(user)) return <Forbidden />;
  const [t, tRoles, found] = await Promise.all([
    getTranslations("adminUsers"),
    getTranslations("roles"),
    searchUsers(q, strona),
  ]);
  return (
    <>
      <p className="mb-4">
        <Link href="/admin">{t("backToAdmin")}</Link>
      </p>
      <h1 className="mb-6">{t("title")}</h1>
      <SearchBox id="q" label={t("searchLabel")} value={q} />
      <p className="mb-4" role="status">
        {t("count", { count: found.total })}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-base" data-testid="users">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t("colEmail")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("colName")}
              </th>
              <th scope="col" className="py-2">
                {t("colRoles")}
              </th>
            </tr>
          </thead>
          <tbody>
            {found.rows.map((u) => (
              <tr key={u.id} className="border-b border-line align-top">
                <td className="py-2 pr-4">
                  <Link href={`/admin/uzytkownicy/${u.id}`}>{u.email}</Link>
                </td>
                <td className="py-2 pr-4">{u.name ?? "—"}</td>
                <td className="py-2">{u.roles.map((r) => tRoles(r)).join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager basePath="/admin/uzytkownicy" query={q} page={strona} pageSize={USERS_PAGE_SIZE} total={found.total} />
    </>
  );
}
