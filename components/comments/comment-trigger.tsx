"use client";

import clsx from "clsx";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { COMMENT_BUTTON_CLASS } from "./button-style";
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

/**
 * "Edytuj" (or "Zgłoś uwagę") with its panel right below, opened in place: a client island of
 * its own. The draft's units use one CommentHost for all their buttons instead.
 */
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

  return (
    <>
      <button
        ref={button}
        type="button"
        className={clsx(COMMENT_BUTTON_CLASS, className)}
        aria-expanded={open}
        aria-controls={open ? regionId : undefined}
        aria-label={accessibleLabel}
        data-testid={edit ? "comment-edit" : "comment-open"}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {label}
      </button>
      {open ? <CommentRegion id={regionId} context={context} unit={unit} edit={edit} onClose={close} /> : null}
    </>
  );
}

/**
 * What opens below a comment button: the sign-in notice for the signed-out, the way to an
 * organisation for those who may not comment yet, else the comment panel (fetched on first use).
 */
export function CommentRegion({
  id: regionId,
  context,
  unit,
  edit,
  onClose: close,
}: {
  id: string;
  context: CommentingContext;
  unit: UnitRef;
  edit?: EditTarget;
  onClose: () => void;
}) {
  const t = useTranslations("commenting");
  const openId = edit ? `edit-${edit.commentId}` : unit.anchor;
  if (!context.signedIn) {
    return (
      <NoticePanel id={regionId} title={t("signIn")} onClose={close}>
        <p className="mb-3">{t("signInNeeded")}</p>
        <a href={signInHref(context.slug, openId, unit.anchor)} className="font-bold" data-testid="comment-sign-in">
          {t("signIn")}
        </a>
      </NoticePanel>
    );
  }
  if (!edit && context.behalf.length === 0) {
    return (
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
  }
  return (
    <div id={regionId} className="w-full basis-full">
      <CommentPanel context={context} unit={unit} openId={openId} edit={edit} onClose={close} />
    </div>
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
