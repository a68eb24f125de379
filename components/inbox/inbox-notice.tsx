import type { ReactNode } from "react";

/** A success message after an action, announced politely (one per page). */
export function InboxNotice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="mb-6 max-w-3xl border-l-8 border-success bg-[#cce2d8] p-4" data-testid="inbox-notice">
      {children}
    </p>
  );
}
