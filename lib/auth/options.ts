import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { createElement } from "react";
import SignInLinkEmail, { signInLinkSubject } from "@/emails/sign-in-link";
import { db } from "@/lib/db";
import { sendEmail } from "@/lib/email/send";
import { env } from "@/lib/env";
import { defaultLocale, type Locale } from "@/lib/i18n/config";
import { emailSchema } from "@/lib/users/schema";
import { consumeSignInAttempt } from "./rate-limit";

export type AuthRequestContext = { ip: string; locale: Locale };

export const SESSION_DAYS = 14;

/** Paths of our own sign-in pages; next-auth redirects here with ?error=… */
export const authPages = {
  signIn: "/logowanie",
  verifyRequest: "/logowanie/sprawdz-poczte",
  error: "/logowanie/blad",
} as const;

/**
 * next-auth with e-mail magic links and database sessions. Built per request so that
 * the rate limit can see the client's IP and the link e-mail uses the person's language.
 */
export function buildAuthOptions(
  context: AuthRequestContext = { ip: "unknown", locale: defaultLocale },
): NextAuthOptions {
  return {
    // The adapter is typed against @prisma/client; the Prisma 7 generated client has the same delegates.
    adapter: PrismaAdapter(db as never),
    secret: env.NEXTAUTH_SECRET,
    session: { strategy: "database", maxAge: SESSION_DAYS * 24 * 60 * 60 },
    pages: authPages,
    providers: [
      EmailProvider({
        from: env.EMAIL_FROM,
        maxAge: env.SIGNIN_LINK_MINUTES * 60,
        normalizeIdentifier(identifier) {
          const parsed = emailSchema.safeParse(identifier);
          if (!parsed.success) throw new Error("invalid e-mail address");
          return parsed.data;
        },
        async sendVerificationRequest({ identifier, url }) {
          const user = await db.user.findUnique({ where: { email: identifier }, select: { locale: true } });
          const locale = (user?.locale as Locale | undefined) ?? context.locale;
          const result = await sendEmail({
            to: identifier,
            subject: signInLinkSubject(locale),
            template: createElement(SignInLinkEmail, { url, minutes: env.SIGNIN_LINK_MINUTES, locale }),
            kind: "sign-in",
          });
          if (!result.ok) throw new Error(`sign-in e-mail not sent: ${result.reason}`);
        },
      }),
    ],
    callbacks: {
      async signIn({ user, email }) {
        if (!email?.verificationRequest) return true;
        const limit = await consumeSignInAttempt(user.email ?? "", context.ip);
        // Absolute: next-auth's client builds a URL from it without a base.
        if (!limit.ok) return `${env.NEXTAUTH_URL}${authPages.signIn}?blad=limit&sekundy=${limit.retryAfterSeconds}`;
        return true;
      },
      async session({ session, user }) {
        return { ...session, user: { ...session.user, id: user.id } };
      },
    },
    events: {
      async createUser({ user }) {
        // The first administrator comes from ADMIN_EMAIL; roles are otherwise granted by an admin.
        if (env.ADMIN_EMAIL && user.email === env.ADMIN_EMAIL) {
          await db.user.update({ where: { id: user.id }, data: { roles: ["ADMIN", "RESIDENT"] } });
        }
        if (context.locale !== defaultLocale) {
          await db.user.update({ where: { id: user.id }, data: { locale: context.locale } });
        }
      },
    },
  };
}
