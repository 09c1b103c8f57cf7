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
  `/${LOCALE}/incentives/calculator`,
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
  images: {
    // Re-encoded by sharp into the best format the browser accepts.
    formats: ["image/avif", "image/webp"],
    // The optimizer reads only the app's own image routes, never an arbitrary
    // page or API (a cover's and a logo's key changes with every upload).
    localPatterns: [
      { pathname: "/api/covers/*", search: "" },
      { pathname: "/api/logos/*", search: "" },
    ],
    // Covers: a phone column up to a full-width desktop article; logos: 44 px at 1x to 3x.
    deviceSizes: [640, 828, 1080, 1600],
    imageSizes: [48, 96, 144, 320, 480],
    // A day: a cover taken down (removed, or its article unpublished) must stop being served soon, even from the optimizer's cache.
    minimumCacheTTL: 86400,
  },
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
