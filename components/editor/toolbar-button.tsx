import clsx from "clsx";
import type { ReactNode } from "react";

type Props = { active: boolean; onClick: () => void; className?: string; children: ReactNode };

/** A toggle in an editor's toolbar: a large target, its state announced with aria-pressed. */
export function ToolbarButton({ active, onClick, className, children }: Props) {
  return (
    <button
      type="button"
      className={clsx(
        "min-h-11 min-w-11 border-2 border-ink px-3 focus-visible:bg-focus",
        active ? "bg-ink text-white" : "bg-white text-ink",
        className,
      )}
      aria-pressed={active}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
