import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { canReadOutbox } from "@/lib/email/policy";
import { getOutboxMessage } from "@/lib/email/queries";

export const dynamic = "force-dynamic";

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  if (!canReadOutbox()) notFound();
  const message = await getOutboxMessage((await params).id);
  if (!message) notFound();
  const t = await getTranslations("outbox");
  return (
    <>
      <p className="mb-4">
        <Link href="/dev/outbox">{t("title")}</Link>
      </p>
      <h1 className="mb-4 text-2xl">{message.subject}</h1>
      <p className="mb-6">
        {t("to")}: <span data-testid="outbox-to">{message.to}</span>
      </p>
      {/* The message's own HTML, isolated in a sandboxed frame with no scripts. */}
      <iframe
        title={message.subject}
        sandbox="allow-top-navigation-by-user-activation allow-popups"
        srcDoc={message.html}
        className="h-[36rem] w-full border-2 border-line"
        data-testid="outbox-message"
      />
    </>
  );
}
