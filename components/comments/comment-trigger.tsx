"use client";

import clsx from "clsx";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { type CommentingContext, type EditTarget, signInHref, type UnitRef } from "./types";

// The panel and its Tiptap editor are fetched only when someone opens it.
const CommentPanel = dynamic(() => import("./comment-panel"), {
  ssr: false,
  loading: () => <LoadingPanel />,
});

function LoadingPanel() {
  const t = useTranslations("commenting");
  return <p role="status">{t("loading")}</p>;
}

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
  const t = useTranslations("commenting");
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

  let panel: React.ReactNode = null;
  if (open && !context.signedIn) {
    panel = (
      <NoticePanel id={regionId} title={t("signIn")} onClose={close}>
        <p className="mb-3">{t("signInNeeded")}</p>
        <a href={signInHref(context.slug, openId, unit.anchor)} className="font-bold" data-testid="comment-sign-in">
          {t("signIn")}
        </a>
      </NoticePanel>
    );
  } else if (open && !edit && context.behalf.length === 0) {
    panel = (
      <NoticePanel id={regionId} title={t("noBehalfTitle")} onClose={close}>
        <p className="mb-3">{t("noBehalfOrganizations")}</p>
        {context.unverified.length > 0 ? (
          <p className="mb-3">{t("unverifiedList", { names: context.unverified.join(", ") })}</p>
        ) : null}
        <a href="/organizacje" className="font-bold">
          {t("goToOrganizations")}
        </a>
      </NoticePanel>
    );
  } else if (open) {
    panel = (
      <div id={regionId} className="w-full basis-full">
        <CommentPanel context={context} unit={unit} openId={openId} edit={edit} onClose={close} />
      </div>
    );
  }

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

function NoticePanel({
  id,
  title,
  onClose,
  children,
}: {
  id: string;
  title: string;
  onClose: () => void;
  children: React.ReactNode;
}) {
  const t = useTranslations("commenting");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="my-4 w-full max-w-3xl basis-full border-l-8 border-action bg-white p-4 shadow-[0_0_0_2px_#0b0c0c]"
      data-testid="comment-notice"
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
      }}
    >
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="mb-3 text-xl">
        {title}
      </h3>
      {children}
      <p className="mt-3">
        <button type="button" className="underline" onClick={onClose}>
          {t("close")}
        </button>
      </p>
    </section>
  );
}
