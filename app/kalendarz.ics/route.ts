import { calendarGet } from "@/lib/feeds/routes";

export const dynamic = "force-dynamic";

/** Every published consultation's dates as iCalendar (Europe/Warsaw). */
export const GET = calendarGet;
