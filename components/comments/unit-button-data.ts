import type { UnitRef } from "./types";

/*
 * What a server-rendered "Zgłoś uwagę" button (UnitCommentButton) tells the CommentHost that
 * handles its clicks, written and read here only: the unit's anchor and id as data attributes,
 * its citation and exact text from its item (`data-citation`, the `[data-unit-text]` element),
 * and the empty slot right after the button where its panel opens.
 */

export const UNIT_BUTTON_SELECTOR = "button[data-comment-unit]";

/** The attributes of the button of `unit` (its citation is its item's `data-citation`). */
export function unitButtonData(unit: UnitRef) {
  return { "data-comment-unit": unit.anchor, "data-provision": unit.provisionId ?? undefined } as const;
}

/** The attributes of the element holding a unit's text (present when the unit has text, even empty). */
export const UNIT_TEXT_ATTRIBUTE = { "data-unit-text": "" } as const;
export const SLOT_ATTRIBUTE = "data-comment-slot";

/** The unit a button stands for and the slot where its panel opens; null if the markup is not as written. */
export function readUnitButton(button: HTMLButtonElement): { unit: UnitRef; slot: HTMLElement } | null {
  const anchor = button.dataset.commentUnit;
  const slot = button.nextElementSibling;
  if (!anchor || !(slot instanceof HTMLElement) || !slot.hasAttribute(SLOT_ATTRIBUTE)) return null;
  const provisionId = button.dataset.provision ?? null;
  // The whole draft has no citation and no text; a unit's are on its own item.
  const item = provisionId ? document.getElementById(anchor) : null;
  const text = item?.querySelector("[data-unit-text]")?.textContent ?? null;
  return { unit: { provisionId, anchor, citation: item?.dataset.citation ?? null, text }, slot };
}
