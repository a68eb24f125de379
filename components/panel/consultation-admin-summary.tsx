import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { ConsultationForPanel } from "@/lib/consultations/queries";

/** The consultation's details as a summary list, with the link to change them when allowed. */
export async function ConsultationAdminSummary({
  consultation: c,
  editable,
  councilDays,
}: {
  consultation: ConsultationForPanel;
  editable: boolean;
  councilDays: number;
}) {
  const t = await getTranslations("consultationAdmin");
  const tAct = await getTranslations("actType");
  const tKinds = await getTranslations("form_kinds");
  const tForm = await getTranslations("consultationForm");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const rows: [string, ReactNode][] = [
    [t("rowActType"), tAct(c.actType)],
    [
      t("rowSubject"),
      <span className="whitespace-pre-line" key="s">
        {c.subject}
      </span>,
    ],
    [
      t("rowPurpose"),
      <span className="whitespace-pre-line" key="p">
        {c.purpose}
      </span>,
    ],
    [t("rowUnit"), c.ownerUnit.name],
    [t("rowContact"), [c.contactName, c.contactEmail, c.contactPhone].filter(Boolean).join(", ")],
    [t("rowPeriod"), t("periodValue", { start: date(c.startDate), end: date(c.endDate) })],
    [t("rowForms"), c.forms.map((f) => tKinds(f)).join("; ")],
    ...(c.forms.includes("MEETING") && c.meetingAt
      ? ([
          [
            t("rowMeeting"),
            `${format.dateTime(c.meetingAt, { dateStyle: "long", timeStyle: "short" })}, ${c.meetingPlace ?? ""}`,
          ],
        ] as [string, ReactNode][])
      : []),
    [t("rowWho"), tForm(`who${c.whoMayComment}`)],
    [t("rowJustification"), c.justificationRequired ? t("justificationRequired") : t("justificationOptional")],
    [
      t("rowCouncilDeadline"),
      c.councilOpinionDeadline ? date(c.councilOpinionDeadline) : t("councilDeadlineDefault", { days: councilDays }),
    ],
    [t("rowReceiptCode"), c.receiptCode],
    [t("rowAddress"), `/konsultacje/${c.slug}`],
  ];
  return (
    <section aria-labelledby="details-title" className="mb-10 max-w-3xl">
      <h2 id="details-title" className="mb-4">
        {t("detailsTitle")}
      </h2>
      <dl className="mb-4 divide-y divide-line border-y border-line" data-testid="consultation-summary">
        {rows.map(([label, value]) => (
          <div key={label} className="grid gap-1 py-3 sm:grid-cols-[14rem_1fr]">
            <dt className="font-bold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {editable ? (
        <Link href={`/panel/konsultacje/${c.id}/edytuj`}>{t("change")}</Link>
      ) : (
        <p className="text-muted">{t("changeLocked")}</p>
      )}
    </section>
  );
}
