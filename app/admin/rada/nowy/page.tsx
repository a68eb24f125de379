import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CouncilSeatForm } from "@/components/admin/council-seat-form";
import { Forbidden } from "@/components/ui/forbidden";
import { recordId } from "@/lib/actions/ids";
import { getCurrentUser } from "@/lib/auth/session";
import { isoDateOf } from "@/lib/consultations/form-values";
import { getSettings } from "@/lib/settings/queries";
import { now } from "@/lib/time/clock";
import { warsawDate } from "@/lib/time/warsaw";
import { canManageCouncil } from "@/lib/units/policy";
import { getCouncilSeat } from "@/lib/units/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCouncil"))("addTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A new seat, or (`?osoba=<id>`) a change of an existing one, starting from what it is now. */
export default async function AddCouncilSeatPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) redirect("/logowanie?callbackUrl=/admin/rada/nowy");
  if (!canManageCouncil(user)) return <Forbidden />;
  const person = recordId.safeParse((await searchParams).osoba);
  const [t, settings, seat] = await Promise.all([
    getTranslations("adminCouncil"),
    getSettings(),
    person.success ? getCouncilSeat(person.data) : null,
  ]);
  const today = warsawDate(now());
  const end = `${Number(today.slice(0, 4)) + settings.councilTermYears}${today.slice(4)}`;
  const initial = seat
    ? {
        email: seat.user.email,
        appointedBy: seat.appointedBy,
        isCoChair: seat.isCoChair,
        isSecretary: seat.isSecretary,
        termStart: isoDateOf(seat.termStart),
        termEnd: isoDateOf(seat.termEnd),
      }
    : { email: "", appointedBy: "NGO" as const, isCoChair: false, isSecretary: false, termStart: today, termEnd: end };
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/rada">{t("backToList")}</Link>
      </p>
      <h1 className="mb-4">{seat ? t("changeTitle") : t("addTitle")}</h1>
      <p className="mb-8 max-w-2xl">{seat ? t("changeIntro") : t("addIntro")}</p>
      <CouncilSeatForm initial={initial} />
    </>
  );
}
