import "server-only";
import { createElement } from "react";
import OrganizationInvitationEmail, { organizationInvitationSubject } from "@/emails/organization-invitation";
import OrganizationVerificationEmail, { organizationVerificationSubject } from "@/emails/organization-verification";
import { sendEmail } from "@/lib/email/send";
import { env } from "@/lib/env";
import { isLocale, type Locale } from "@/lib/i18n/config";

const localeOf = (value: string): Locale => (isLocale(value) ? value : "pl");

export function organizationPath(id: string) {
  return `/organizacje/${encodeURIComponent(id)}`;
}

/** The invitation carries the sign-in page with the organisation as the place to return to. */
export function invitationUrl(organizationId: string) {
  return `${env.NEXTAUTH_URL}/logowanie?callbackUrl=${encodeURIComponent(organizationPath(organizationId))}`;
}

export async function sendInvitation(
  to: string,
  recipientLocale: string,
  organizationId: string,
  organizationName: string,
  inviterName: string,
) {
  const locale = localeOf(recipientLocale);
  return sendEmail({
    to,
    subject: organizationInvitationSubject(locale, organizationName),
    template: createElement(OrganizationInvitationEmail, {
      locale,
      organizationName,
      inviterName,
      url: invitationUrl(organizationId),
    }),
    kind: "organization-invitation",
  });
}

/** One message per address (contact e-mail and managers), each in the recipient's language. */
export async function sendVerificationOutcome(
  recipients: readonly { email: string; locale: string }[],
  organizationId: string,
  organizationName: string,
  decision: "VERIFIED" | "REJECTED",
  reason: string | null,
) {
  const url = `${env.NEXTAUTH_URL}${organizationPath(organizationId)}`;
  return Promise.all(
    recipients.map(({ email, locale: raw }) => {
      const locale = localeOf(raw);
      return sendEmail({
        to: email,
        subject: organizationVerificationSubject(locale, decision, organizationName),
        template: createElement(OrganizationVerificationEmail, { locale, organizationName, decision, reason, url }),
        kind: decision === "VERIFIED" ? "organization-verified" : "organization-rejected",
      });
    }),
  );
}
