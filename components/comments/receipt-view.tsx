"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { ReceiptView as Receipt } from "@/lib/comments/actions";

type Props = { receipt: Receipt; kind: "submitted" | "edited" | "withdrawn" };

const titles = { submitted: "receiptTitle", edited: "receiptEditedTitle", withdrawn: "receiptWithdrawnTitle" } as const;

/** The receipt on screen: number, server time, SHA-256 and where to check it. Focused when shown. */
export function ReceiptView({ receipt, kind }: Props) {
  const t = useTranslations("commenting");
  const format = useFormatter();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="status"
      className="border-l-8 border-success bg-[#cce2d8] p-4"
      data-testid="comment-receipt"
    >
      <p className="mb-3 text-xl font-bold">{t(titles[kind])}</p>
      <dl className="mb-3 space-y-2">
        <div>
          <dt className="font-bold">{t("receiptNumber")}</dt>
          <dd data-testid="receipt-number">{receipt.receiptNumber}</dd>
        </div>
        <div>
          <dt className="font-bold">{t("receiptTime")}</dt>
          <dd>
            {format.dateTime(new Date(receipt.submittedAt), {
              dateStyle: "long",
              timeStyle: "medium",
              timeZone: "Europe/Warsaw",
            })}
          </dd>
        </div>
        <div>
          <dt className="font-bold">{t("receiptHash")}</dt>
          <dd>
            <code className="break-all text-base" data-testid="receipt-hash">
              {receipt.receiptHash}
            </code>
          </dd>
        </div>
      </dl>
      <p className="mb-2">
        <Link href={`/potwierdzenie/${receipt.receiptNumber}`} className="font-bold">
          {t("receiptLink")}
        </Link>
      </p>
      {receipt.receiptEmail === "sent" ? <p>{t("receiptEmailed")}</p> : null}
      {receipt.receiptEmail === "retrying" ? <p>{t("receiptEmailRetrying")}</p> : null}
      {receipt.receiptEmail === "failed" ? <p>{t("receiptEmailFailed")}</p> : null}
    </div>
  );
}
