import type { ReactNode } from "react";
import { ClientWords } from "@/components/i18n/client-words";

// The Council's opinion form translates the server's catalogue keys from any namespace.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientWords>{children}</ClientWords>;
}
