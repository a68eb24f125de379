import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReceiptLookupForm } from "@/components/comments/receipt-lookup-form";
import { getCurrentUser } from "@/lib/auth/session";
import { checkReceipt } from "@/lib/comments/queries";
import { parseReceiptNumber } from "@/lib/comments/receipt";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ numer: string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("receipt"))("title") };
}

export default async function ReceiptPage({ params }: Props) {
  const number = (await params).numer.map(decodeURIComponent).join("/").toUpperCase();
  const receipt = parseReceiptNumber(number) ? await checkReceipt(number, await getCurrentUser()) : null;
  const t = await getTranslations("receipt");
  if (!receipt) {
    return (
      <>
        <h1 className="mb-4">{t("notFoundTitle")}</h1>
        <p className="mb-8 max-w-2xl" data-testid="receipt-not-found">
          {t("notFound", { number })}
        </p>
        <ReceiptLookupForm initial={number} />
      </>
    );
  }
  const format = await getFormatter();
  const submittedBy =
    receipt.submittedBy === "council"
      ? t("council")
      : receipt.submittedBy === "resident"
        ? t("resident")
        : receipt.submittedBy;
  const rows: [string, React.ReactNode][] = [
    [
      t("number"),
      <span key="n" data-testid="receipt-number">
        {receipt.receiptNumber}
      </span>,
    ],
    [t("issuedAt"), format.dateTime(receipt.issuedAt, { dateStyle: "long", timeStyle: "medium" })],
    [
      t("hash"),
      <code key="h" className="break-all text-base" data-testid="receipt-hash">
        {receipt.receiptHash}
      </code>,
    ],
    [
      t("consultation"),
      <Link key="c" href={`/konsultacje/${receipt.consultation.slug}`}>
        {receipt.consultation.title}
      </Link>,
    ],
    [t("unit"), receipt.citation ?? t("wholeDraft")],
    [t("submittedBy"), submittedBy],
  ];
  const { content } = receipt;
  if (content) {
    rows.push(
      [
        t("comment"),
        <span key="b" className="whitespace-pre-line">
          {content.bodyText}
        </span>,
      ],
      [t("proposedWording"), content.proposedWording ?? t("none")],
      [t("justification"), content.justification ?? t("none")],
    );
  } else {
    const withheld = receipt.hiddenReason
      ? t("hiddenContent", { reason: receipt.hiddenReason })
      : t("contentNotPublic");
    rows.push([
      t("comment"),
      <span key="w" data-testid="receipt-content-withheld">
        {withheld}
      </span>,
    ]);
  }
  return (
    <>
      <h1 className="mb-6">{t("title")}</h1>
      <div
        role="status"
        data-testid="receipt-verdict"
        data-intact={receipt.intact}
        className={`mb-6 max-w-3xl border-l-8 p-4 ${receipt.intact ? "border-success bg-[#cce2d8]" : "border-danger bg-[#f6d7d2]"}`}
      >
        <p>{receipt.intact ? t("valid") : t("broken")}</p>
        {receipt.status === "WITHDRAWN" ? <p className="mt-2">{t("withdrawn")}</p> : null}
        {!receipt.current && receipt.status !== "WITHDRAWN" ? <p className="mt-2">{t("superseded")}</p> : null}
      </div>
      <dl className="max-w-3xl divide-y divide-line border-y border-line">
        {rows.map(([label, value]) => (
          <div key={label} className="grid gap-1 py-3 sm:grid-cols-[16rem_1fr]">
            <dt className="font-bold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
