"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ChoiceGroup } from "@/components/panel/choice-group";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { describedBy, Field, inputClass } from "@/components/ui/field";
import { saveAnswersAction } from "@/lib/responses/actions";
import {
  type AnswerCommentsInput,
  answerCommentsSchema,
  type PositionValue,
  positions,
  responseMessageKeys,
} from "@/lib/responses/schema";

type Props = {
  consultationId: string;
  /** The comment answered, or every member of a group / every ticked comment. */
  commentIds: readonly string[];
  initial: { position: PositionValue | null; justification: string };
  /** The answer's revision of each comment as shown (0: none): another clerk's later answer is not overwritten. */
  basedOn: readonly { commentId: string; revision: number; receipt: string | null }[];
  /** Where to go once the answer is saved (a page that says so). */
  savedHref: string;
};

/** The answer: a position (radios) and its justification, required for all but "uwzględniona". */
export function AnswerForm({ consultationId, commentIds, initial, basedOn, savedHref }: Props) {
  const t = useTranslations("inbox.answer");
  const tPosition = useTranslations("inbox.position");
  const tRoot = useTranslations();
  const tForm = useTranslations("form");
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<AnswerCommentsInput>({
    resolver: zodResolver(answerCommentsSchema),
    shouldFocusError: false,
    // No position is chosen for a new answer: the schema reports it when the form is sent.
    defaultValues: {
      commentIds: [...commentIds],
      basedOn: [...basedOn],
      position: initial.position ?? undefined,
      justification: initial.justification,
    } as AnswerCommentsInput,
  });
  const errors = form.formState.errors;
  const translate = (key: unknown): string | undefined => {
    if (typeof key !== "string") return undefined;
    const catalogueKey = responseMessageKeys[key] ?? key;
    return tRoot.has(catalogueKey as never) ? tRoot(catalogueKey as never) : tRoot("inbox.errors.failed");
  };
  const positionError = translate(errors.position?.message);
  const justificationError = translate(errors.justification?.message);
  const commentsError = translate(errors.commentIds?.message ?? errors.commentIds?.root?.message);

  async function onSubmit(values: AnswerCommentsInput) {
    setFormError(null);
    const result = await saveAnswersAction(consultationId, values).catch(() => null);
    if (!result?.ok) {
      const { _form, commentIds: idsError, ...fields } = result?.fieldErrors ?? {};
      for (const [field, key] of Object.entries(fields)) {
        form.setError(field as "position" | "justification", { message: key });
      }
      const general = _form ?? idsError;
      if (general) setFormError(translate(general) ?? null);
      else if (Object.keys(fields).length === 0) {
        setFormError(tRoot(result?.reason === "forbidden" ? "inbox.errors.forbidden" : "inbox.errors.failed"));
      }
      return;
    }
    router.push(savedHref);
    router.refresh();
  }

  const summary = [
    ...(formError ? [{ fieldId: "position", message: formError }] : []),
    ...(commentsError ? [{ fieldId: "position", message: commentsError }] : []),
    ...(positionError ? [{ fieldId: "position", message: positionError }] : []),
    ...(justificationError ? [{ fieldId: "justification", message: justificationError }] : []),
  ];
  return (
    <form noValidate onSubmit={form.handleSubmit(onSubmit)} className="max-w-3xl" data-testid="answer-form">
      <ErrorSummary title={tForm("errorSummaryTitle")} errors={summary} />
      <ChoiceGroup
        id="position"
        legend={t("positionLegend")}
        error={positionError}
        type="radio"
        options={positions.map((value) => ({ value, label: tPosition(value) }))}
        registration={form.register("position")}
      />
      <Field
        id="justification"
        label={t("justificationLabel")}
        hint={t("justificationHint")}
        error={justificationError}
      >
        <textarea
          id="justification"
          rows={6}
          className={inputClass}
          aria-invalid={justificationError ? true : undefined}
          aria-describedby={describedBy("justification", { hint: true, error: justificationError })}
          {...form.register("justification")}
        />
      </Field>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting
          ? t("saving")
          : commentIds.length > 1
            ? t("saveMany", { count: commentIds.length })
            : t("save")}
      </Button>
    </form>
  );
}
