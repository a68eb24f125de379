import { UNSUBSCRIBE_PAGE_PATH } from "@/lib/notifications/links";
import { handleOneClickUnsubscribe } from "@/lib/notifications/one-click";

export const dynamic = "force-dynamic";

/** RFC 8058: the mail client's one-click POST unsubscribes at once (the signed token is the authority). */
export async function POST(request: Request) {
  return handleOneClickUnsubscribe(request);
}

/** A person who opens the link gets the confirmation page with a button; a GET never unsubscribes. */
export async function GET(request: Request) {
  const token = new URL(request.url).searchParams.get("token") ?? "";
  return new Response(null, {
    status: 303,
    headers: { location: `${UNSUBSCRIBE_PAGE_PATH}?token=${encodeURIComponent(token)}`, "cache-control": "no-store" },
  });
}
