/**
 * The client's address as our reverse proxy reports it. X-Real-IP is set by the proxy
 * itself; in X-Forwarded-For only the right-most entry was added by the proxy (the
 * entries before it come from the client and can be forged). Without a proxy neither
 * header exists and every request counts as "local": one shared limit, which fails safe.
 */
export function clientIp(headers: Headers): string {
  const real = headers.get("x-real-ip")?.trim();
  if (real) return real;
  const forwarded = headers
    .get("x-forwarded-for")
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded?.at(-1) ?? "local";
}
