import { consultationCalendarGet } from "@/lib/feeds/routes";

export const dynamic = "force-dynamic";

/** One published consultation's dates as iCalendar (Europe/Warsaw); 404 for a draft. */
export const GET = consultationCalendarGet;
