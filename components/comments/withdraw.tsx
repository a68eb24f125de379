"use client";

import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { type ReceiptView as Receipt, withdrawCommentAction } from "@/lib/comments/actions";
import type { Locale } from "@/lib/i18n/config";
import { CommentingWords } from "./commenting-words";
import { ReceiptView } from "./receipt-view";

export type WithdrawProps = { commentId: string; receiptNumber: string; locale: Locale };

/** "Wycofaj" with an in-place confirmation; the withdrawal gets its own receipt. */
export default function WithdrawButton({ locale, ...props }: WithdrawProps) {
  return (
    <CommentingWords locale={locale}>
      <Withdraw {...props} />
    </CommentingWords>
  );
}

function Withdraw({ commentId, receiptNumber }: Omit<WithdrawProps, "locale">) {
  const t = useTranslations("commenting");
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const button = useRef<HTMLButtonElement>(null);

  if (receipt) return <ReceiptView receipt={receipt} kind="withdrawn" />;

  const withdraw = async () => {
    if (pending) return;
    setPending(true);
    setError(null);
    try {
      const result = await withdrawCommentAction(commentId);
      if (result.ok) {
        // No refresh here: a withdrawn comment leaves the public list, and the receipt of
        // the withdrawal must stay on screen until the person moves on.
        setReceipt(result.data);
      } else {
        setError(
          result.reason === "unauthenticated"
            ? t("sessionExpired")
            : t(`errors.${result.fieldErrors?._form ?? "conflict"}` as never),
        );
      }
    } catch {
      setError(t("offline"));
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        className="min-h-11 border-2 border-danger px-3 py-1 text-base text-danger focus-visible:bg-focus focus-visible:text-ink"
        aria-expanded={confirming}
        aria-label={t("withdrawLabel", { number: receiptNumber })}
        data-testid="comment-withdraw"
        onClick={() => setConfirming((c) => !c)}
      >
        {t("withdraw")}
      </button>
      {confirming ? (
        <fieldset className="my-3 w-full basis-full border-l-4 border-danger p-3">
          <legend className="mb-3">{t("withdrawConfirm")}</legend>
          {error ? (
            <p role="alert" className="mb-3 font-bold text-danger">
              {error}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-3">
            <Button variant="warning" onClick={withdraw} disabled={pending}>
              {t("withdrawYes")}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setConfirming(false);
                button.current?.focus();
              }}
            >
              {t("withdrawNo")}
            </Button>
          </div>
        </fieldset>
      ) : null}
    </>
  );
}
