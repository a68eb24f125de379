import clsx from "clsx";
import { getTranslations } from "next-intl/server";
import type { ConsultationForReading } from "@/lib/consultations/queries";

type Unit = ConsultationForReading["provisions"][number];

const headingKinds = new Set(["CHAPTER", "ATTACHMENT", "JUSTIFICATION"]);

/** The draft unit by unit: each with its anchor, its citation as a deep link and its comment count. */
export async function DraftUnits({ units }: { units: readonly Unit[] }) {
  const t = await getTranslations("consultation");
  return (
    <ol className="list-none space-y-1" data-testid="draft-units">
      {units.map((unit) => {
        const mark = unit.marker;
        const heading = headingKinds.has(unit.kind);
        return (
          <li
            key={unit.id}
            id={unit.anchor}
            data-citation={unit.citation}
            data-kind={unit.kind}
            className={clsx("group py-1", heading && "pt-6", unit.kind === "TITLE" && "text-center font-bold")}
            style={{ marginLeft: `${Math.min(unit.depth, 6) * 1.25}rem` }}
          >
            {heading ? (
              <h3 className="text-xl">
                <span className="block">{unit.marker ?? unit.label}</span>
                {unit.text ? <span className="block font-normal">{unit.text}</span> : null}
              </h3>
            ) : (
              <p className="max-w-3xl whitespace-pre-line">
                {mark ? <span className="mr-2 font-bold">{mark}</span> : null}
                {unit.text}
              </p>
            )}
            <p className="flex flex-wrap gap-x-4 text-sm text-muted">
              <a
                href={`#${unit.anchor}`}
                className="text-muted"
                aria-label={t("linkToUnit", { citation: unit.citation })}
              >
                <span data-testid="unit-citation">{unit.citation}</span>
              </a>
              {unit.commentCount > 0 ? (
                <span data-testid="unit-comment-count">{t("unitComments", { count: unit.commentCount })}</span>
              ) : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}

/** Chapters, paragraphs and attachments, for the table of contents. */
export function contentsOf(units: readonly Unit[]) {
  return units.filter((u) => ["CHAPTER", "PARAGRAPH", "ATTACHMENT", "JUSTIFICATION"].includes(u.kind));
}
