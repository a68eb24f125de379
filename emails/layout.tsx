import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

/** The footer of a bulk e-mail: the one-click unsubscribe link and the preferences page, in the message's language. */
export type UnsubscribeFooter = {
  text: string;
  unsubscribeUrl: string;
  unsubscribeLabel: string;
  preferencesUrl: string;
  preferencesLabel: string;
};

type Props = { lang: string; preview: string; footer: string; unsubscribe?: UnsubscribeFooter; children: ReactNode };

/** The frame shared by every message: plain, readable, no images. */
export function EmailLayout({ lang, preview, footer, unsubscribe, children }: Props) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#ffffff", fontFamily: "Arial, Helvetica, sans-serif", color: "#0b0c0c" }}>
        <Container style={{ maxWidth: 560, padding: "24px 16px" }}>
          <Section>{children}</Section>
          <Hr style={{ borderColor: "#b1b4b6", margin: "32px 0 16px" }} />
          <Text style={{ fontSize: 14, color: "#505a5f" }}>{footer}</Text>
          {unsubscribe ? (
            <Text style={{ fontSize: 14, color: "#505a5f" }}>
              {unsubscribe.text}{" "}
              <Link id="unsubscribe-link" href={unsubscribe.unsubscribeUrl} style={{ color: "#1d70b8" }}>
                {unsubscribe.unsubscribeLabel}
              </Link>
              {" · "}
              <Link id="preferences-link" href={unsubscribe.preferencesUrl} style={{ color: "#1d70b8" }}>
                {unsubscribe.preferencesLabel}
              </Link>
            </Text>
          ) : null}
        </Container>
      </Body>
    </Html>
  );
}
