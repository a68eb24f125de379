import { outboxEnabled } from "@/lib/env";

/**
 * The outbox shows sign-in links, so it exists only where no real mail is sent
 * (a demo or test machine), never in production.
 */
export function canReadOutbox(): boolean {
  return outboxEnabled;
}
