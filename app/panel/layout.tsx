import type { ReactNode } from "react";
import { ClientWords } from "@/components/i18n/client-words";

// The clerks' forms translate the server's catalogue keys from any namespace.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientWords>{children}</ClientWords>;
}
