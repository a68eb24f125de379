import { getFormatter, getTranslations } from "next-intl/server";
import type { ConsultationForReading } from "@/lib/consultations/queries";
import { CONTENT_LANG } from "@/lib/i18n/config";

export async function ConsultationDetails({ consultation: c }: { consultation: ConsultationForReading }) {
  const t = await getTranslations("consultation");
  const tForm = await getTranslations("form_kinds");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const rows: [string, React.ReactNode][] = [
    [
      t("subject"),
      <span key="subject" lang={CONTENT_LANG}>
        {c.subject}
      </span>,
    ],
    [
      t("purpose"),
      <span key="purpose" lang={CONTENT_LANG}>
        {c.purpose}
      </span>,
    ],
    [
      t("period"),
      <>
        {t("periodValue", { start: date(c.startDate), end: date(c.endDate) })}
        {c.extensionNote ? (
          <span className="mt-1 block" data-testid="extension-note">
            {t("extended", { note: c.extensionNote })}
          </span>
        ) : null}
      </>,
    ],
    [
      t("ownerUnit"),
      <span key="unit" lang={CONTENT_LANG}>
        {c.ownerUnit.name}
      </span>,
    ],
    [
      t("contact"),
      <>
        {c.contactName}, <a href={`mailto:${c.contactEmail}`}>{c.contactEmail}</a>
        {c.contactPhone ? `, ${c.contactPhone}` : null}
      </>,
    ],
    [
      t("forms"),
      <ul key="forms" className="list-disc pl-5">
        {c.forms.map((form) => (
          <li key={form}>
            {tForm(form)}
            {form === "MEETING" && c.meetingAt
              ? ` — ${t("meeting", { date: format.dateTime(c.meetingAt, { dateStyle: "long", timeStyle: "short" }), place: c.meetingPlace ?? "" })}`
              : null}
          </li>
        ))}
      </ul>,
    ],
    [
      t("whoMayComment"),
      t(c.whoMayComment === "ORGANIZATIONS" ? "whoORGANIZATIONS" : "whoORGANIZATIONS_AND_RESIDENTS"),
    ],
  ];
  return (
    <section aria-labelledby="details-title" className="mb-10 max-w-3xl">
      <h2 id="details-title" className="sr-only">
        {t("details")}
      </h2>
      <dl className="divide-y divide-line border-y border-line">
        {rows.map(([label, value]) => (
          <div key={label} className="grid gap-1 py-3 sm:grid-cols-[14rem_1fr]">
            <dt className="font-bold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {c.justificationRequired ? <p className="mt-4">{t("justificationRequired")}</p> : null}
      <p className="no-print mt-4">
        <a href={`/konsultacje/${encodeURIComponent(c.slug)}/kalendarz.ics`} data-testid="calendar-link">
          {t("calendarLink")}
        </a>
      </p>
    </section>
  );
}
