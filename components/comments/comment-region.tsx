"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import CommentPanel from "./comment-panel";
import { CommentingWords } from "./commenting-words";
import { type CommentingContext, type EditTarget, signInHref, type UnitRef } from "./types";

type Props = {
  id: string;
  context: CommentingContext;
  unit: UnitRef;
  openId: string;
  edit?: EditTarget;
  onClose: () => void;
};

/**
 * What opens below "Zgłoś uwagę": the comment panel, or why the person cannot comment yet.
 * Loaded with its words and the editor only when someone opens it (see CommentTrigger).
 */
export default function CommentRegion(props: Props) {
  return (
    <CommentingWords locale={props.context.locale}>
      <Region {...props} />
    </CommentingWords>
  );
}

function Region({ id, context, unit, openId, edit, onClose }: Props) {
  const t = useTranslations("commenting");
  if (!context.signedIn) {
    return (
      <NoticePanel id={id} title={t("signIn")} onClose={onClose}>
        <p className="mb-3">{t("signInNeeded")}</p>
        <a href={signInHref(context.slug, openId, unit.anchor)} className="font-bold" data-testid="comment-sign-in">
          {t("signIn")}
        </a>
      </NoticePanel>
    );
  }
  if (!edit && context.behalf.length === 0) {
    return (
      <NoticePanel id={id} title={t("noBehalfTitle")} onClose={onClose}>
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
    <div id={id} className="w-full basis-full">
      <CommentPanel context={context} unit={unit} openId={openId} edit={edit} onClose={onClose} />
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
