import type { ReactNode } from "react";
import { ClientWords } from "@/components/i18n/client-words";

// The organisation form translates keys of the organisations' and the shared catalogues.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientWords>{children}</ClientWords>;
}
