"use client";

import clsx from "clsx";
import { lazy, Suspense, useEffect, useId, useRef, useState } from "react";
import type { CommentingContext, EditTarget, UnitRef } from "./types";

// The panel, its words and its Tiptap editor are fetched only when someone opens it: the
// reading page itself loads no next-intl runtime and no catalogue.
const CommentRegion = lazy(() => import("./comment-region"));

type Props = {
  context: CommentingContext;
  unit: UnitRef;
  edit?: EditTarget;
  /** The visible label; the accessible name adds the citation. */
  label: string;
  accessibleLabel: string;
  className?: string;
};

/** "Zgłoś uwagę" (or "Edytuj") with its panel right below, opened in place. */
export function CommentTrigger({ context, unit, edit, label, accessibleLabel, className }: Props) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const regionId = useId();
  const openId = edit ? `edit-${edit.commentId}` : unit.anchor;

  // Back from the sign-in page (`?uwaga=<unit>`): open the same panel again.
  useEffect(() => {
    const wanted = new URLSearchParams(window.location.search).get("uwaga");
    if (wanted === openId) {
      setOpen(true);
      document.getElementById(unit.anchor)?.scrollIntoView({ block: "start" });
    }
  }, [openId, unit.anchor]);

  const close = () => {
    setOpen(false);
    // Focus goes back to the button that opened the panel.
    requestAnimationFrame(() => button.current?.focus());
  };

  const panel = open ? (
    <Suspense
      fallback={
        <p id={regionId} role="status" className="w-full basis-full">
          {context.loadingLabel}
        </p>
      }
    >
      <CommentRegion id={regionId} context={context} unit={unit} openId={openId} edit={edit} onClose={close} />
    </Suspense>
  ) : null;

  return (
    <>
      <button
        ref={button}
        type="button"
        // One short class (app/globals.css): a 1,000-unit act has a thousand of these buttons.
        className={clsx("comment-button", className)}
        aria-expanded={open}
        aria-controls={open ? regionId : undefined}
        aria-label={accessibleLabel}
        data-testid={edit ? "comment-edit" : "comment-open"}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {label}
      </button>
      {panel}
    </>
  );
}
