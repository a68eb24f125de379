import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RolesForm } from "@/components/admin/roles-form";
import { Forbidden } from "@/components/ui/forbidden";
import { getCurrentUser } from "@/lib/auth/session";
import { canManageUsers } from "@/lib/users/policy";
import { getUserForAdmin } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminUsers"))("userTitle") };
}

type Props = { params: Promise<{ id: string }> };

export default async function UserPage({ params }: Props) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/logowanie?callbackUrl=/admin/uzytkownicy/${encodeURIComponent(id)}`);
  if (!canManageUsers(user)) return <Forbidden />;
  const person = await getUserForAdmin(id);
  if (!person) notFound();
  const t = await getTranslations("adminUsers");
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/uzytkownicy">{t("backToList")}</Link>
      </p>
      <h1 className="mb-2">{person.name ?? person.email}</h1>
      <p className="mb-6">{person.email}</p>
      <dl className="mb-8 max-w-2xl divide-y divide-line border-y border-line">
        <div className="grid gap-1 py-3 sm:grid-cols-[14rem_1fr]">
          <dt className="font-bold">{t("units")}</dt>
          <dd>{person.clerkOf.map((c) => c.unit.name).join(", ") || "—"}</dd>
        </div>
        <div className="grid gap-1 py-3 sm:grid-cols-[14rem_1fr]">
          <dt className="font-bold">{t("organizations")}</dt>
          <dd>
            {person.memberships.length === 0
              ? "—"
              : person.memberships.map((m, i) => (
                  <span key={m.organization.id}>
                    {i > 0 ? ", " : null}
                    <Link href={`/organizacje/${m.organization.id}`}>{m.organization.name}</Link>
                  </span>
                ))}
          </dd>
        </div>
      </dl>
      {user.id === person.id ? <p className="mb-6 max-w-2xl">{t("ownAccount")}</p> : null}
      <RolesForm userId={person.id} roles={person.roles} />
    </>
  );
}
