import type { NextRequest } from "next/server";
import NextAuth from "next-auth";
import { buildAuthOptions } from "@/lib/auth/options";
import { clientIp } from "@/lib/auth/request";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: Context) {
  const cookieLocale = request.cookies.get(LOCALE_COOKIE)?.value;
  const options = buildAuthOptions({
    ip: clientIp(request.headers),
    locale: isLocale(cookieLocale) ? cookieLocale : "pl",
  });
  return NextAuth(request, { params: await context.params }, options);
}

export { handler as GET, handler as POST };
