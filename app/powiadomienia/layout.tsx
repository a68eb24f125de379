import type { ReactNode } from "react";
import { ClientWords } from "@/components/i18n/client-words";

// The notification preferences' words.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientWords namespaces={["notifications", "form", "validation"]}>{children}</ClientWords>;
}
