import type { ReactNode } from "react";
import { ClientWords } from "@/components/i18n/client-words";

// The profile form's words.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientWords namespaces={["profile", "form", "validation"]}>{children}</ClientWords>;
}
