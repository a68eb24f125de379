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

/** The sign-in page that returns to `callback` afterwards (the bare page when it is the default). */
export function signInPath(callback: string, fallback = "/profil"): string {
  const path = safeCallbackPath(callback, fallback);
  return path === fallback ? "/logowanie" : `/logowanie?callbackUrl=${encodeURIComponent(path)}`;
}

/** next-auth keeps where to return in this cookie while a sign-in is under way (with __Secure- over HTTPS). */
export const CALLBACK_COOKIES = ["__Secure-next-auth.callback-url", "next-auth.callback-url"] as const;
