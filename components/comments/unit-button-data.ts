import type { UnitRef } from "./types";

/*
 * What a server-rendered "Zgłoś uwagę" button (UnitCommentButton) tells the CommentHost that
 * handles its clicks, written and read here only: the unit's anchor, id and citation as data
 * attributes, its exact text as the text of the unit's `[data-unit-text]` element, and the
 * empty slot where its panel opens.
 */

export const UNIT_BUTTON_SELECTOR = "button[data-comment-unit]";

/** The attributes of the button of `unit`. */
export function unitButtonData(unit: UnitRef) {
  return {
    "data-comment-unit": unit.anchor,
    "data-provision": unit.provisionId ?? undefined,
    "data-citation": unit.citation ?? undefined,
  } as const;
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
  // The whole draft has no unit element and no text; a unit's text element is in its own item.
  const textElement = provisionId ? document.getElementById(anchor)?.querySelector("[data-unit-text]") : null;
  return {
    unit: { provisionId, anchor, citation: button.dataset.citation ?? null, text: textElement?.textContent ?? null },
    slot,
  };
}
