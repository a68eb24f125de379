import { Button, Heading, Link, Text } from "@react-email/components";
import type { Locale } from "@/lib/i18n/config";
import { translatorFor } from "@/lib/i18n/translator";
import { EmailLayout } from "./layout";

export type ReceiptKind = "submitted" | "edited" | "withdrawn";

export type CommentReceiptProps = {
  locale: Locale;
  kind: ReceiptKind;
  receiptNumber: string;
  receiptHash: string;
  /** The server time of the receipt. */
  issuedAt: Date;
  consultationTitle: string;
  /** Null: the whole draft. */
  citation: string | null;
  checkUrl: string;
};

const suffix = { submitted: "Submitted", edited: "Edited", withdrawn: "Withdrawn" } as const;

export function commentReceiptSubject(locale: Locale, kind: ReceiptKind, receiptNumber: string): string {
  return translatorFor(locale, "commentReceiptEmail")(`subject${suffix[kind]}`, { number: receiptNumber });
}

export default function CommentReceiptEmail(props: CommentReceiptProps) {
  const t = translatorFor(props.locale, "commentReceiptEmail");
  const time = new Intl.DateTimeFormat(props.locale === "en" ? "en-GB" : "pl-PL", {
    dateStyle: "long",
    timeStyle: "medium",
    timeZone: "Europe/Warsaw",
  }).format(props.issuedAt);
  return (
    <EmailLayout lang={props.locale} preview={t("preview", { number: props.receiptNumber })} footer={t("footer")}>
      <Heading as="h1" style={{ fontSize: 24 }}>
        {t(`heading${suffix[props.kind]}`)}
      </Heading>
      <Text style={{ fontSize: 16 }}>{t("consultation", { title: props.consultationTitle })}</Text>
      <Text style={{ fontSize: 16 }}>{t("unit", { citation: props.citation ?? t("wholeDraft") })}</Text>
      <Text id="receipt-number" style={{ fontSize: 16, fontWeight: "bold" }}>
        {t("number", { number: props.receiptNumber })}
      </Text>
      <Text style={{ fontSize: 16 }}>{t("time", { time })}</Text>
      <Text id="receipt-hash" style={{ fontSize: 14, wordBreak: "break-all", fontFamily: "monospace" }}>
        {t("hash", { hash: props.receiptHash })}
      </Text>
      <Button
        id="receipt-link"
        href={props.checkUrl}
        style={{ backgroundColor: "#00703c", color: "#ffffff", padding: "12px 20px", fontSize: 16 }}
      >
        {t("check")}
      </Button>
      <Text style={{ fontSize: 14 }}>
        <Link href={props.checkUrl} style={{ wordBreak: "break-all" }}>
          {props.checkUrl}
        </Link>
      </Text>
    </EmailLayout>
  );
}

CommentReceiptEmail.PreviewProps = {
  locale: "pl",
  kind: "submitted",
  receiptNumber: "BIA/2027/PW/000123",
  receiptHash: "3f0c6d0a5e8b1f2a4c7d9e0b1a2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e",
  issuedAt: new Date("2026-11-20T11:03:00Z"),
  consultationTitle: "Program współpracy Miasta Białystok z organizacjami pozarządowymi na rok 2027",
  citation: "§ 2 ust. 2 pkt 4 lit. b załącznika nr 1",
  checkUrl: "http://localhost:3000/potwierdzenie/BIA/2027/PW/000123",
} satisfies CommentReceiptProps;
