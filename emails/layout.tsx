import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

type Props = { lang: string; preview: string; footer: string; children: ReactNode };

/** The frame shared by every message: plain, readable, no images. */
export function EmailLayout({ lang, preview, footer, children }: Props) {
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#ffffff", fontFamily: "Arial, Helvetica, sans-serif", color: "#0b0c0c" }}>
        <Container style={{ maxWidth: 560, padding: "24px 16px" }}>
          <Section>{children}</Section>
          <Hr style={{ borderColor: "#b1b4b6", margin: "32px 0 16px" }} />
          <Text style={{ fontSize: 14, color: "#505a5f" }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
