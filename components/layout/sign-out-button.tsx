"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/" })}
      className="cursor-pointer text-white underline underline-offset-4 hover:decoration-[3px] focus-visible:text-ink"
    >
      {label}
    </button>
  );
}
