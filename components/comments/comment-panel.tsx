"use client";

import type { JSONContent } from "@tiptap/react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import CommentEditor from "@/components/editor/comment-editor";
import { Button } from "@/components/ui/button";
import { ErrorSummary, type SummaryError } from "@/components/ui/error-summary";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import type { ReceiptView as Receipt } from "@/lib/comments/actions";
import {
  editCommentAction,
  loadCommentDraftAction,
  saveCommentDraftAction,
  submitCommentAction,
} from "@/lib/comments/actions";
import { COMMENT_TEXT_MAX, plainText } from "@/lib/comments/body";
import { wordDiff } from "@/lib/legal-structure/redline";
import { DiffView } from "./diff-view";
import { clearLocalDraft, type LocalDraft, localDraftKey, readLocalDraft, writeLocalDraft } from "./local-draft";
import { ReceiptView } from "./receipt-view";
import {
  behalfFromValue,
  behalfValue,
  type CommentingContext,
  type EditTarget,
  signInHref,
  type UnitRef,
} from "./types";

type Props = {
  context: CommentingContext;
  unit: UnitRef;
  /** The id the page uses to reopen this panel after a sign-in. */
  openId: string;
  edit?: EditTarget;
  onClose: () => void;
};

const AUTOSAVE_MS = 1_200;

type Status =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  | { kind: "local"; at: string }
  | { kind: "restored"; at: string }
  | { kind: "refused"; at: string };

/** The comment form: editor, proposed wording with a live redline, justification, on whose behalf. */
export default function CommentPanel({ context, unit, openId, edit, onClose }: Props) {
  const t = useTranslations("commenting");
  const format = useFormatter();
  const router = useRouter();
  const id = useId().replace(/:/g, "");
  const storageKey = localDraftKey(context.consultationId, openId);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const [ready, setReady] = useState(false);
  const [key, setKey] = useState("");
  const [body, setBody] = useState<JSONContent | null>(null);
  const [initialBody, setInitialBody] = useState<JSONContent | null>(null);
  const [proposed, setProposed] = useState("");
  const [justification, setJustification] = useState("");
  const [behalf, setBehalf] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  /** Seconds an overloaded server asked us to wait before sending again ("busy"). */
  const [retryAfter, setRetryAfter] = useState<number | null>(null);
  const [problem, setProblem] = useState<"session" | "offline" | null>(null);
  const [pending, setPending] = useState(false);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  /** An edit is refused if the comment changed after this version (another member saved meanwhile). */
  const [basedOn, setBasedOn] = useState(edit?.receiptNumber);
  /**
   * The text here started from an older version of the comment than the one saved now (another
   * member, or this person on another device, saved meanwhile): the person chooses between the
   * current text and their own before saving, since a save based on the old version is refused.
   */
  const [stale, setStale] = useState(false);
  /** Remounts the editor when the text is replaced from outside it (the current version loaded). */
  const [editorKey, setEditorKey] = useState(0);
  const dirty = useRef(false);

  const single = context.behalf.length === 1 ? behalfValue(context.behalf[0] as never) : "";

  // Restore: the local copy or the server draft, whichever is newer; otherwise a fresh form.
  // Once per opening: a refresh of the page after a submit must not reset the panel.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once when the panel opens
  useEffect(() => {
    let cancelled = false;
    (async () => {
      const local = readLocalDraft(storageKey);
      let chosen: LocalDraft | null = local;
      if (!edit && context.signedIn) {
        try {
          const server = await loadCommentDraftAction(context.consultationId, unit.provisionId);
          const draft = server.ok ? server.data : null;
          if (draft && (!local || draft.savedAt > local.savedAt)) {
            chosen = {
              idempotencyKey: draft.idempotencyKey,
              body: draft.body as JSONContent,
              proposedWording: draft.proposedWording ?? unit.text ?? "",
              justification: draft.justification ?? "",
              behalf: draft.onBehalf ? behalfValue({ ...draft.onBehalf, name: "" } as never) : "",
              savedAt: draft.savedAt,
            };
          }
        } catch {
          // Offline: the local copy (if any) is all there is.
        }
      }
      if (cancelled) return;
      setKey(chosen?.idempotencyKey ?? crypto.randomUUID());
      const startBody = chosen?.body ?? edit?.body ?? null;
      setInitialBody(startBody);
      setBody(startBody);
      setProposed(chosen?.proposedWording ?? edit?.proposedWording ?? unit.text ?? "");
      setJustification(chosen?.justification ?? edit?.justification ?? "");
      setBehalf(chosen?.behalf || single);
      // A text kept from an earlier visit stays based on the version it started from.
      if (edit && chosen?.basedOn) {
        setBasedOn(chosen.basedOn);
        setStale(chosen.basedOn !== edit.receiptNumber);
      }
      if (chosen) setStatus({ kind: "restored", at: chosen.savedAt });
      setReady(true);
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (ready) headingRef.current?.focus();
  }, [ready]);

  const snapshot = useCallback(
    (): LocalDraft => ({
      idempotencyKey: key,
      body,
      proposedWording: proposed,
      justification,
      behalf,
      savedAt: new Date().toISOString(),
      ...(basedOn ? { basedOn } : {}),
    }),
    [key, body, proposed, justification, behalf, basedOn],
  );

  // Every change goes to this device at once and, a moment after typing stops, to the server.
  useEffect(() => {
    if (!ready || !dirty.current || receipt) return;
    const draft = snapshot();
    writeLocalDraft(storageKey, draft);
    if (edit) {
      setStatus({ kind: "local", at: draft.savedAt });
      return;
    }
    const timer = window.setTimeout(async () => {
      setStatus({ kind: "saving" });
      try {
        const result = await saveCommentDraftAction({
          consultationId: context.consultationId,
          provisionId: unit.provisionId,
          onBehalf: behalfFromValue(draft.behalf),
          body: draft.body ?? { type: "doc", content: [] },
          proposedWording: draft.proposedWording,
          justification: draft.justification,
          idempotencyKey: draft.idempotencyKey,
        });
        if (result.ok) {
          setStatus({ kind: "saved", at: result.data.savedAt });
        } else if (result.reason === "invalid") {
          // The server refused what is typed (e.g. too long): kept here, and the person is told why.
          setStatus({ kind: "refused", at: draft.savedAt });
        } else {
          if (result.reason === "unauthenticated") setProblem("session");
          setStatus({ kind: "local", at: draft.savedAt });
        }
      } catch {
        setStatus({ kind: "local", at: draft.savedAt });
      }
    }, AUTOSAVE_MS);
    return () => window.clearTimeout(timer);
  }, [ready, receipt, snapshot, storageKey, edit, context.consultationId, unit.provisionId]);

  const change = <T,>(setter: (value: T) => void) => {
    return (value: T) => {
      dirty.current = true;
      setter(value);
    };
  };

  const diff = useMemo(
    () => (unit.text !== null ? wordDiff(unit.text, proposed, { maxEditLength: 500 }) : []),
    [unit.text, proposed],
  );
  const changed = diff.some((p) => p.type !== "equal");

  const validate = (): Record<string, string> => {
    const found: Record<string, string> = {};
    if (!body || plainText(body).trim() === "") found.body = "bodyRequired";
    if (!edit && !behalfFromValue(behalf)) found.onBehalf = "onBehalfRequired";
    if (context.justificationRequired && justification.trim() === "") found.justification = "justificationRequired";
    // The server's limits, said before sending (what was typed stays).
    if (body && plainText(body).length > COMMENT_TEXT_MAX) found.body = "tooLong";
    if (proposed.trim().length > COMMENT_TEXT_MAX) found.proposedWording = "tooLong";
    if (justification.trim().length > COMMENT_TEXT_MAX) found.justification = "tooLong";
    return found;
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setPending(true);
    setProblem(null);
    writeLocalDraft(storageKey, snapshot());
    const wording = unit.text !== null && proposed.trim() !== "" && changed ? proposed : undefined;
    try {
      const result = edit
        ? await editCommentAction(edit.commentId, {
            body,
            proposedWording: wording,
            justification: justification.trim() || undefined,
            basedOn,
          })
        : await submitCommentAction({
            consultationId: context.consultationId,
            provisionId: unit.provisionId,
            onBehalf: behalfFromValue(behalf),
            body,
            proposedWording: wording,
            justification: justification.trim() || undefined,
            idempotencyKey: key,
          });
      if (result.ok) {
        clearLocalDraft(storageKey);
        setReceipt(result.data);
        router.refresh();
      } else if (result.reason === "unauthenticated") {
        setProblem("session");
      } else {
        setErrors(result.fieldErrors ?? { _form: "conflict" });
        setRetryAfter(result.retryAfterSeconds ?? null);
        if (result.fieldErrors?._form === "changedMeanwhile") {
          // Fetch the version saved meanwhile (the page passes it in as `edit`) and let the person choose.
          setStale(true);
          router.refresh();
        }
      }
    } catch {
      // No answer (offline, timeout): the text stays here; a retry uses the same key.
      setProblem("offline");
    } finally {
      setPending(false);
    }
  };

  /** Drops this device's text and starts again from the comment as it is saved now. */
  const takeCurrent = () => {
    if (!edit) return;
    clearLocalDraft(storageKey);
    dirty.current = false;
    setInitialBody(edit.body);
    setBody(edit.body);
    setEditorKey((n) => n + 1);
    setProposed(edit.proposedWording ?? unit.text ?? "");
    setJustification(edit.justification ?? "");
    setBasedOn(edit.receiptNumber);
    setErrors({});
    setStatus({ kind: "idle" });
    setStale(false);
  };

  /** Keeps this device's text, to replace the comment as it is saved now. */
  const keepMine = () => {
    if (!edit) return;
    dirty.current = true;
    setBasedOn(edit.receiptNumber);
    setErrors({});
    setStale(false);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === "Escape") {
      event.stopPropagation();
      onClose();
    }
  };

  const citation = unit.citation ?? t("wholeDraftCitation");
  const title = edit
    ? t("editTitle", { citation })
    : unit.citation
      ? t("panelTitle", { citation })
      : t("panelTitleWhole");
  const time = (iso: string) => format.dateTime(new Date(iso), { hour: "2-digit", minute: "2-digit" });
  const message = (field: string) =>
    errors[field] ? t(`errors.${errors[field]}` as never, { seconds: retryAfter ?? 5 } as never) : undefined;
  const summary: SummaryError[] = Object.keys(errors).map((field) => ({
    fieldId: field === "_form" ? `${id}-form` : `${id}-${field}`,
    message: message(field) ?? "",
  }));

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="my-4 max-w-3xl border-l-8 border-action bg-white p-4 shadow-[0_0_0_2px_#0b0c0c]"
      data-testid="comment-panel"
      onKeyDown={onKeyDown}
    >
      <div className="mb-4 flex items-start justify-between gap-4">
        <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="text-xl">
          {title}
        </h3>
        <Button variant="secondary" onClick={onClose}>
          {t("close")}
        </Button>
      </div>
      {receipt ? (
        <ReceiptView receipt={receipt} kind={edit ? "edited" : "submitted"} />
      ) : !ready ? (
        <p role="status">{t("loading")}</p>
      ) : (
        <form onSubmit={submit} noValidate id={`${id}-form`}>
          <ErrorSummary title={t("errorTitle")} errors={summary} />
          {problem ? (
            <div role="alert" className="mb-4 border-l-4 border-danger p-3" data-testid="comment-problem">
              <p>{problem === "session" ? t("sessionExpired") : t("offline")}</p>
              {problem === "session" ? (
                <a href={signInHref(context.slug, openId, unit.anchor)} className="font-bold">
                  {t("signInAgain")}
                </a>
              ) : null}
            </div>
          ) : null}
          {stale && edit ? (
            <div className="mb-6 border-l-8 border-[#ffdd00] bg-[#fff7bf] p-4" data-testid="comment-changed">
              <p className="mb-2 font-bold">{t("changedTitle", { receipt: edit.receiptNumber })}</p>
              <p className="mb-2">{t("changedBody")}</p>
              <div className="mb-3 border-l-4 border-line bg-white p-2" data-testid="comment-changed-current">
                {plainText(edit.body)}
              </div>
              <div className="flex flex-wrap gap-3">
                <Button variant="secondary" onClick={takeCurrent}>
                  {t("changedTakeCurrent")}
                </Button>
                <Button variant="secondary" onClick={keepMine}>
                  {t("changedKeepMine")}
                </Button>
              </div>
            </div>
          ) : null}
          {unit.text ? (
            <div className="mb-6">
              <p className="font-bold">{t("currentWording")}</p>
              <blockquote className="whitespace-pre-line border-l-4 border-line pl-3" data-testid="current-wording">
                {unit.text}
              </blockquote>
            </div>
          ) : null}
          <div className={errors.body ? "mb-6 border-l-4 border-danger pl-3" : "mb-6"}>
            <p id={`${id}-body-label`} className="mb-1 font-bold">
              {t("comment")}
            </p>
            <p id={`${id}-body-hint`} className="mb-2 text-muted">
              {t("commentHint")}
            </p>
            {errors.body ? (
              <p id={`${id}-body-error`} className="mb-2 font-bold text-danger">
                {message("body")}
              </p>
            ) : null}
            <CommentEditor
              key={editorKey}
              id={`${id}-body`}
              initialDoc={initialBody}
              onChange={change(setBody)}
              describedBy={describedBy(`${id}-body`, { hint: true, error: errors.body })}
              invalid={Boolean(errors.body)}
            />
          </div>
          {unit.text !== null ? (
            <Field
              id={`${id}-proposedWording`}
              label={t("proposedWording")}
              hint={t("proposedWordingHint")}
              error={message("proposedWording")}
            >
              <textarea
                id={`${id}-proposedWording`}
                className={`${inputClass} min-h-24`}
                value={proposed}
                onChange={(e) => change(setProposed)(e.target.value)}
                aria-describedby={`${describedBy(`${id}-proposedWording`, { hint: true, error: errors.proposedWording })} ${id}-diff`}
                aria-invalid={Boolean(errors.proposedWording)}
                rows={4}
              />
              <section id={`${id}-diff`} aria-label={t("diffTitle")} className="mt-2 max-w-xl" data-testid="live-diff">
                <p className="text-sm font-bold">{t("diffTitle")}</p>
                <p className="whitespace-pre-line border border-line p-2">
                  {changed ? (
                    <DiffView parts={diff} insertedLabel={t("inserted")} deletedLabel={t("deleted")} />
                  ) : (
                    t("diffNone")
                  )}
                </p>
              </section>
            </Field>
          ) : null}
          <Field
            id={`${id}-justification`}
            label={context.justificationRequired ? t("justificationRequired") : t("justification")}
            hint={t("justificationHint")}
            error={message("justification")}
          >
            <textarea
              id={`${id}-justification`}
              className={`${inputClass} min-h-24`}
              value={justification}
              onChange={(e) => change(setJustification)(e.target.value)}
              aria-describedby={describedBy(`${id}-justification`, { hint: true, error: errors.justification })}
              aria-invalid={Boolean(errors.justification)}
              aria-required={context.justificationRequired}
              rows={4}
            />
          </Field>
          {edit ? null : (
            <fieldset
              id={`${id}-onBehalf`}
              className={errors.onBehalf ? "mb-6 border-l-4 border-danger pl-3" : "mb-6"}
              aria-describedby={errors.onBehalf ? `${id}-onBehalf-error` : undefined}
            >
              <legend className="mb-2 font-bold">{t("onBehalf")}</legend>
              {errors.onBehalf ? (
                <p id={`${id}-onBehalf-error`} className="mb-2 font-bold text-danger">
                  {message("onBehalf")}
                </p>
              ) : null}
              {context.behalf.map((option) => {
                const value = behalfValue(option);
                return (
                  <label key={value} className="mb-2 flex min-h-11 items-center gap-3">
                    <input
                      type="radio"
                      name={`${id}-behalf`}
                      value={value}
                      checked={behalf === value}
                      onChange={() => change(setBehalf)(value)}
                      className="h-6 w-6"
                    />
                    {option.kind === "organization"
                      ? t("asOrganization", { name: option.name })
                      : option.kind === "council"
                        ? t("asCouncil")
                        : t("asIndividual")}
                  </label>
                );
              })}
            </fieldset>
          )}
          <div className="flex flex-wrap items-center gap-4">
            <Button type="submit" disabled={pending} aria-disabled={pending}>
              {pending ? t("submitting") : edit ? t("saveEdit") : t("submit")}
            </Button>
            <p role="status" className="text-muted" data-testid="autosave-status">
              {status.kind === "saving"
                ? t("statusSaving")
                : status.kind === "saved"
                  ? t("statusSaved", { time: time(status.at) })
                  : status.kind === "local"
                    ? t("statusSavedLocal", { time: time(status.at) })
                    : status.kind === "restored"
                      ? t("statusRestored", { time: time(status.at) })
                      : status.kind === "refused"
                        ? t("statusRefused", { time: time(status.at) })
                        : ""}
            </p>
          </div>
        </form>
      )}
    </section>
  );
}
