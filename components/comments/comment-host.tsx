"use client";

import { type MouseEvent, type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { CommentRegion } from "./comment-trigger";
import type { CommentingContext, UnitRef } from "./types";
import { readUnitButton, UNIT_BUTTON_SELECTOR } from "./unit-button-data";

type Opened = { unit: UnitRef; button: HTMLButtonElement; slot: HTMLElement; regionId: string };

/**
 * One client component for every "Zgłoś uwagę" of the draft: each unit's button is plain HTML
 * rendered by the server (UnitCommentButton) and a click on any of them, anywhere in
 * `children`, opens that unit's panel right below it, in the empty slot rendered next to it.
 * For a 1,000-unit act that is one island instead of a thousand, and no per-unit props in the
 * page's payload. The button's aria-expanded and aria-controls follow its panel; closing a
 * panel gives focus back to its button.
 */
export function CommentHost({ context, children }: { context: CommentingContext; children: ReactNode }) {
  const [opened, setOpened] = useState<Opened[]>([]);
  const container = useRef<HTMLDivElement>(null);

  const open = useCallback((button: HTMLButtonElement) => {
    const found = readUnitButton(button);
    if (!found) return;
    const regionId = `comment-region-${found.unit.anchor}`;
    button.setAttribute("aria-expanded", "true");
    button.setAttribute("aria-controls", regionId);
    setOpened((list) => (list.some((o) => o.button === button) ? list : [...list, { ...found, button, regionId }]));
  }, []);

  const close = useCallback((button: HTMLButtonElement) => {
    button.setAttribute("aria-expanded", "false");
    button.removeAttribute("aria-controls");
    setOpened((list) => list.filter((o) => o.button !== button));
    requestAnimationFrame(() => button.focus());
  }, []);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const button = (event.target as Element).closest<HTMLButtonElement>(UNIT_BUTTON_SELECTOR);
    if (!button || !container.current?.contains(button)) return;
    if (button.getAttribute("aria-expanded") === "true") close(button);
    else open(button);
  };

  // Back from the sign-in page (`?uwaga=<unit>`): open the same panel again.
  useEffect(() => {
    const wanted = new URLSearchParams(window.location.search).get("uwaga");
    if (!wanted || !container.current) return;
    for (const button of container.current.querySelectorAll<HTMLButtonElement>(UNIT_BUTTON_SELECTOR)) {
      if (button.dataset.commentUnit !== wanted) continue;
      open(button);
      document.getElementById(wanted)?.scrollIntoView({ block: "start" });
    }
  }, [open]);

  return (
    // Only listens: the buttons inside are real buttons, reached by keyboard and screen readers as such.
    // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: delegation, see above
    <div ref={container} onClick={onClick}>
      {children}
      {opened.map(({ unit, button, slot, regionId }) =>
        createPortal(
          <CommentRegion id={regionId} context={context} unit={unit} onClose={() => close(button)} />,
          slot,
          unit.anchor,
        ),
      )}
    </div>
  );
}
