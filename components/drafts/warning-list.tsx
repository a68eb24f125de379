import { useTranslations } from "next-intl";
import { warningMessage } from "@/lib/drafts/warnings";
import type { ParseWarning } from "@/lib/legal-structure/schema";

/** The parser's warnings in the reader's language; info notes (removed page numbers) set apart. */
export function WarningList({ warnings }: { warnings: readonly ParseWarning[] }) {
  const t = useTranslations("drafts");
  const text = (warning: ParseWarning) => {
    const message = warningMessage(warning);
    if (message.kind === "fallback" || !t.has(message.key as never)) return warning.message;
    return t(message.key as never, message.values as never);
  };
  return (
    <section aria-labelledby="draft-warnings-title" className="mb-6" data-testid="draft-warnings">
      <h2 id="draft-warnings-title" className="mb-2 text-xl">
        {t("warningList.title")} ({warnings.filter((w) => w.severity === "warning").length})
      </h2>
      {warnings.length === 0 ? (
        <p className="text-muted">{t("warningList.none")}</p>
      ) : (
        <ul className="space-y-2 text-base">
          {warnings.map((warning) => (
            <li
              key={`${warning.code}-${warning.line}-${warning.citation ?? ""}-${warning.message}`}
              data-code={warning.code}
              className={
                warning.severity === "warning" ? "border-l-4 border-danger pl-3" : "border-l-4 border-line pl-3"
              }
            >
              <strong>{warning.severity === "warning" ? t("warningList.warning") : t("warningList.info")}:</strong>{" "}
              {text(warning)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
