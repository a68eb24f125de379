import type { ReactNode } from "react";
import { ClientWords } from "@/components/i18n/client-words";

// The page editor's words.
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientWords namespaces={["about", "form", "validation"]}>{children}</ClientWords>;
}
