import { getTranslations } from "next-intl/server";
import { changeMemberRoleAction, decideJoinRequestAction, removeMemberAction } from "@/lib/organizations/actions";
import { ActionButton } from "./action-button";

type Member = {
  role: "MANAGER" | "MEMBER";
  status: "ACTIVE" | "REQUESTED" | "INVITED" | "LEFT";
  user: { id: string; name: string | null; email: string };
};

type Props = { organizationId: string; members: readonly Member[]; manage: boolean; actorId: string };

/** Members, invitations and requests; managers act on each row. */
export async function MembersTable({ organizationId, members, manage, actorId }: Props) {
  const t = await getTranslations("orgMembers");
  const tRole = await getTranslations("orgMemberRole");
  const tStatus = await getTranslations("orgMemberStatus");
  const requests = members.filter((m) => m.status === "REQUESTED");
  const others = members.filter((m) => m.status !== "REQUESTED");
  const who = (m: Member) => (m.user.name ? `${m.user.name} (${m.user.email})` : m.user.email);
  return (
    <>
      {manage && requests.length > 0 ? (
        <section aria-labelledby="requests-title" className="mb-10">
          <h2 id="requests-title" className="mb-4 text-2xl">
            {t("requestsTitle")}
          </h2>
          <ul className="space-y-4" data-testid="join-requests">
            {requests.map((m) => (
              <li key={m.user.id} className="border-l-4 border-line pl-4">
                <p className="mb-2">{who(m)}</p>
                <div className="flex flex-wrap gap-3">
                  <ActionButton
                    action={decideJoinRequestAction}
                    payload={{ organizationId, userId: m.user.id, accept: true }}
                    label={t("accept")}
                    accessibleLabel={t("acceptFor", { who: who(m) })}
                  />
                  <ActionButton
                    action={decideJoinRequestAction}
                    payload={{ organizationId, userId: m.user.id, accept: false }}
                    label={t("decline")}
                    accessibleLabel={t("declineFor", { who: who(m) })}
                    variant="secondary"
                  />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="members-title" className="mb-10">
        <h2 id="members-title" className="mb-4 text-2xl">
          {t("title")}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-base" data-testid="members">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="py-2 pr-4">
                  {t("colPerson")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("colRole")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("colStatus")}
                </th>
                {manage ? (
                  <th scope="col" className="py-2">
                    {t("colActions")}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {others.map((m) => (
                <tr key={m.user.id} className="border-b border-line align-top" data-testid="member-row">
                  <td className="py-2 pr-4">{who(m)}</td>
                  <td className="py-2 pr-4">{tRole(m.role)}</td>
                  <td className="py-2 pr-4">{tStatus(m.status)}</td>
                  {manage ? (
                    <td className="py-2">
                      {m.user.id === actorId ? null : (
                        <div className="flex flex-wrap gap-2">
                          {m.status === "ACTIVE" ? (
                            <ActionButton
                              action={changeMemberRoleAction}
                              payload={{
                                organizationId,
                                userId: m.user.id,
                                role: m.role === "MANAGER" ? "MEMBER" : "MANAGER",
                              }}
                              label={m.role === "MANAGER" ? t("makeMember") : t("makeManager")}
                              accessibleLabel={`${m.role === "MANAGER" ? t("makeMember") : t("makeManager")}: ${who(m)}`}
                              variant="secondary"
                            />
                          ) : null}
                          <ActionButton
                            action={removeMemberAction}
                            payload={{ organizationId, userId: m.user.id }}
                            label={m.status === "INVITED" ? t("withdraw") : t("remove")}
                            accessibleLabel={`${m.status === "INVITED" ? t("withdraw") : t("remove")}: ${who(m)}`}
                            variant="warning"
                          />
                        </div>
                      )}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
