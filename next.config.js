// @ts-check
import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";
import { HSTS, securityHeaders } from "./lib/security-headers.mjs";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Public pages: browsers revalidate every time (cheap: Next answers 304 to a
// matching ETag); shared caches such as the nginx in front of the app (see
// deploy/nginx-portal.conf) keep a page 10 s and may serve it stale for a minute while
// they refresh it in the background. Stock nginx cannot purge, so the short
// s-maxage is what makes a staff publish visible within seconds at the edge,
// while the app's own ISR cache is revalidated on demand at once.
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=10, stale-while-revalidate=60";

const LOCALE = ":locale(en|ru|zh)";
const PUBLIC_PAGES = [
  `/${LOCALE}`,
  `/${LOCALE}/:page(park|contacts|residents|news)`,
  `/${LOCALE}/residents/:path+`,
  `/${LOCALE}/news/:path+`,
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The page cache: shared through Redis when REDIS_URL is set, else this
  // instance's file-system cache; never a stored 404 (see the file).
  cacheHandler: fileURLToPath(new URL("./lib/cache/page-cache-handler.cjs", import.meta.url)),
  reactStrictMode: true,
  // `next dev` on 127.0.0.1 does not hydrate without this.
  allowedDevOrigins: ["127.0.0.1"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders({ dev: process.env.NODE_ENV === "development" }) },
      { source: "/:path*", has: [{ type: "header", key: "x-forwarded-proto", value: "https" }], headers: [HSTS] },
      ...PUBLIC_PAGES.map((source) => ({
        source,
        headers: [{ key: "Cache-Control", value: PUBLIC_CACHE_CONTROL }],
      })),
    ];
  },
};

export default withNextIntl(nextConfig);
