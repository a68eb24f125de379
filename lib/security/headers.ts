import staticHeaders from "./static-headers.json";

// Security headers: one place that says what every response carries.

/**
 * The Content-Security-Policy of a page. Scripts run only with this response's nonce
 * (Next.js puts it on its own scripts) or when loaded by such a script ('strict-dynamic');
 * there is no 'unsafe-inline' for scripts. Styles allow inline attributes, which React
 * and the e-mail previews use; they cannot run code.
 */
export function contentSecurityPolicy(nonce: string, options: { development: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A fresh, unguessable nonce for one response (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Headers every response carries, pages and files alike (JSON: next.config.js reads it too). */
export const staticSecurityHeaders: readonly { key: string; value: string }[] = staticHeaders.staticSecurityHeaders;
