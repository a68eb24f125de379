import type { ReactNode } from "react";
import { ClientWords } from "@/components/i18n/client-words";

// The sign-in form's words.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientWords namespaces={["auth", "form", "validation"]}>{children}</ClientWords>;
}
