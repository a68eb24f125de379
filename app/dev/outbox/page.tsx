import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { z } from "zod";
import { canReadOutbox } from "@/lib/email/policy";
import { listOutbox } from "@/lib/email/queries";

export const dynamic = "force-dynamic";

const query = z.object({ do: z.string().max(254).optional() });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OutboxPage({ searchParams }: Props) {
  if (!canReadOutbox()) notFound();
  const params = query.safeParse(await searchParams);
  const to = params.success ? params.data.do : undefined;
  const messages = await listOutbox({ to });
  const t = await getTranslations("outbox");
  const format = await getFormatter();
  return (
    <>
      <h1 className="mb-4">{t("title")}</h1>
      <p className="mb-6 max-w-2xl">{t("intro")}</p>
      <form method="get" className="mb-8 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="do" className="mb-1 block font-bold">
            {t("filter")}
          </label>
          <input id="do" name="do" type="email" defaultValue={to} className="border-2 border-ink px-2 py-1.5" />
        </div>
        <button type="submit" className="min-h-11 cursor-pointer bg-surface px-4 shadow-[0_2px_0_#929191]">
          {t("show")}
        </button>
      </form>
      {messages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="w-full border-collapse text-left text-base">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t("sentAt")}
              </th>
              <th scope="col" className="py-2 pr-4">
                {t("to")}
              </th>
              <th scope="col" className="py-2">
                {t("subject")}
              </th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id} className="border-b border-line align-top" data-testid="outbox-row" data-to={m.to}>
                <td className="py-2 pr-4 whitespace-nowrap">
                  {format.dateTime(m.createdAt, { dateStyle: "short", timeStyle: "medium" })}
                </td>
                <td className="py-2 pr-4">{m.to}</td>
                <td className="py-2">
                  <Link href={`/dev/outbox/${m.id}`}>{m.subject}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
