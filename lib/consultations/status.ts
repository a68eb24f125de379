import type { ConsultationStatus } from "@/lib/generated/prisma/enums";

type Timed = { status: ConsultationStatus; opensAt: Date; closesAt: Date };

/**
 * The status the clock says a consultation is in. Jobs persist the transitions
 * (SCHEDULED → OPEN → CLOSED); pages and deadline checks use this so that a late
 * job never shows, or accepts, anything the clock already ruled out.
 */
export function effectiveStatus(consultation: Timed, now: Date): ConsultationStatus {
  const { status, opensAt, closesAt } = consultation;
  if (status === "SCHEDULED" || status === "OPEN") {
    if (now.getTime() >= closesAt.getTime()) return "CLOSED";
    if (now.getTime() >= opensAt.getTime()) return "OPEN";
    return "SCHEDULED";
  }
  return status;
}

/** Whole Warsaw calendar days left until the consultation closes (0 on the last day). */
export function daysLeft(closesAt: Date, now: Date): number {
  return Math.max(0, Math.ceil((closesAt.getTime() - now.getTime()) / 86_400_000) - 1);
}
