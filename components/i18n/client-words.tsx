import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

/**
 * The words the client components below need, sent to the browser with the page. The root
 * layout sends none: read-only pages then load neither the catalogue (≈ 80 kB of every
 * page's HTML) nor next-intl's client runtime. Sections with forms wrap their content in
 * this, naming the namespaces their client components use; without `namespaces`, all of
 * them (the clerks' and the Council's sections, whose forms translate the server's
 * catalogue keys from any namespace).
 */
export async function ClientWords({ namespaces, children }: { namespaces?: readonly string[]; children: ReactNode }) {
  const messages = await getMessages();
  const picked = namespaces
    ? Object.fromEntries(namespaces.filter((n) => n in messages).map((n) => [n, messages[n]]))
    : messages;
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
