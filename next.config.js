// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

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
};

module.exports = withNextIntl(nextConfig);
