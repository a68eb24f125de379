import clsx from "clsx";
import { COMMENT_BUTTON_CLASS } from "./button-style";
import type { UnitRef } from "./types";
import { SLOT_ATTRIBUTE, unitButtonData } from "./unit-button-data";

/**
 * "Zgłoś uwagę" of one unit as plain HTML, with the empty slot its panel opens in: the
 * CommentHost around the draft handles the clicks (no client component per unit).
 */
export function UnitCommentButton({
  unit,
  label,
  accessibleLabel,
}: {
  unit: UnitRef;
  label: string;
  accessibleLabel: string;
}) {
  return (
    <>
      <button
        type="button"
        className={clsx(COMMENT_BUTTON_CLASS, "no-print")}
        aria-expanded="false"
        aria-label={accessibleLabel}
        data-testid="comment-open"
        {...unitButtonData(unit)}
      >
        {label}
      </button>
      <div {...{ [SLOT_ATTRIBUTE]: "" }} />
    </>
  );
}
