import clsx from "clsx";
import type { ButtonHTMLAttributes } from "react";

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "secondary" | "warning" };

const variants = {
  primary: "bg-action text-white shadow-[0_2px_0_#002d18] hover:bg-action-dark",
  secondary: "bg-surface text-ink shadow-[0_2px_0_#929191] hover:bg-[#dbdad9]",
  warning: "bg-danger text-white shadow-[0_2px_0_#55150b] hover:bg-[#aa2a16]",
};

/** A GOV.UK-style button: large touch target, visible focus, plain label. */
export function Button({ variant = "primary", className, type = "button", ...props }: Props) {
  return (
    <button
      type={type}
      className={clsx(
        "inline-block min-h-11 px-4 py-2 text-lg font-normal leading-tight disabled:opacity-50",
        "focus-visible:bg-focus focus-visible:text-ink focus-visible:shadow-[0_2px_0_#0b0c0c]",
        variants[variant],
        className,
      )}
      {...props}
    />
  );
}
