import { atomFeedGet } from "@/lib/feeds/routes";

export const dynamic = "force-dynamic";

/** The consultations' Atom feed: announced, closing within 3 days, report published. */
export const GET = atomFeedGet;
