/**
 * The client's address as the reverse proxy reports it. Behind no proxy the header is
 * absent and every request counts as "local" (one shared limit), which fails safe.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "local";
}
