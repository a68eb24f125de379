import { getFormatter, getTranslations } from "next-intl/server";
import type { OrganizationHistoryEntry } from "@/lib/organizations/queries";
import { legalForms, registerKinds } from "@/lib/organizations/schema";

const FIELDS = [
  "name",
  "legalForm",
  "registerKind",
  "registerName",
  "registerNumber",
  "seatAddress",
  "contactPerson",
  "email",
  "phone",
] as const;
type Field = (typeof FIELDS)[number];
const isField = (value: string): value is Field => (FIELDS as readonly string[]).includes(value);

/** The organisation's registration, corrections and decisions, for the verifier (from the audit log). */
export async function OrganizationHistory({ entries }: { entries: readonly OrganizationHistoryEntry[] }) {
  if (entries.length === 0) return null;
  const [t, tLegal, tRegister, format] = await Promise.all([
    getTranslations("orgVerification"),
    getTranslations("orgLegalForm"),
    getTranslations("orgRegisterKind"),
    getFormatter(),
  ]);
  // Enum values are shown in words; an empty register value as a dash.
  const shown = (field: Field, value: string | null | undefined) => {
    if (!value) return "—";
    if (field === "legalForm" && (legalForms as readonly string[]).includes(value))
      return tLegal(value as (typeof legalForms)[number]);
    if (field === "registerKind" && (registerKinds as readonly string[]).includes(value))
      return tRegister(value as (typeof registerKinds)[number]);
    return value;
  };
  const changes = (entry: OrganizationHistoryEntry) =>
    entry.changed
      .filter(isField)
      .map((field) =>
        field in entry.after
          ? t("historyChange", {
              field: t(`historyField.${field}`),
              before: shown(field, entry.before[field]),
              after: shown(field, entry.after[field]),
            })
          : t(`historyField.${field}`),
      )
      .join("; ");
  const line = (entry: OrganizationHistoryEntry) => {
    const who = entry.who ?? t("historyNobody");
    switch (entry.action) {
      case "organization.registered":
        return t("historyRegistered", { who });
      case "organization.verified":
        return t("historyVerified", { who });
      case "organization.rejected":
        return t("historyRejected", { who, reason: entry.reason ?? "—" });
      case "organization.updated":
        return t(entry.resubmitted ? "historyResubmitted" : "historyUpdated", { who, fields: changes(entry) });
    }
  };
  return (
    <section aria-labelledby="history-title" className="mb-10 max-w-3xl">
      <h2 id="history-title" className="mb-3 text-2xl">
        {t("historyTitle")}
      </h2>
      <ol className="list-none space-y-2 pl-0" data-testid="organization-history">
        {entries.map((entry) => (
          <li key={`${entry.at.toISOString()}-${entry.action}`} className="border-l-4 border-line pl-3">
            <time dateTime={entry.at.toISOString()} className="block text-sm text-muted">
              {format.dateTime(entry.at, { dateStyle: "long", timeStyle: "short" })}
            </time>
            {line(entry)}
          </li>
        ))}
      </ol>
    </section>
  );
}
