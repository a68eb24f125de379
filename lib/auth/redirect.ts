/** Only paths on this site are followed after sign-in (no open redirects). */
export function safeCallbackPath(value: unknown, fallback = "/profil"): string {
  if (typeof value !== "string") return fallback;
  let path = value;
  try {
    const url = new URL(value, "http://site.invalid");
    if (url.origin !== "http://site.invalid" && !value.startsWith("/")) {
      // An absolute URL: keep only its path when it points at this site's paths.
      path = `${url.pathname}${url.search}${url.hash}`;
    }
  } catch {
    return fallback;
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  if (path.startsWith("/logowanie") || path.startsWith("/api/")) return fallback;
  return path;
}
