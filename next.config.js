// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");
const { staticSecurityHeaders } = require("./lib/security/static-headers.json");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Saving a long draft sends its text and editor document in one server action.
  experimental: { serverActions: { bodySizeLimit: "4mb" } },
  typedRoutes: false,
  // The generated Prisma client and the WebAssembly engine bridge run only on the server.
  serverExternalPackages: ["@prisma/adapter-pg", "pg", "@electric-sql/pglite", "mammoth", "pdfkit", "pg-boss"],
  // `npm test` type-checks the whole repository (tsc --noEmit); the build need not do it again.
  typescript: { ignoreBuildErrors: true },
  outputFileTracingExcludes: { "*": [".data/**"] },
  // HSTS, nosniff, Referrer-Policy, Permissions-Policy, framing: on every response.
  // The Content-Security-Policy with its per-response nonce is set in proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: [...staticSecurityHeaders] }];
  },
};

module.exports = withNextIntl(nextConfig);
