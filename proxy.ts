// Next 16 proxy (formerly middleware): locale routing only. `/` goes to the best
// locale from Accept-Language; paths without a locale get one. It sets no cookie
// and reads no session, so public pages stay cacheable.
import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { legacyNewsListRedirect } from "@/lib/legacy-urls";

const intl = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const legacy = legacyNewsListRedirect(request.nextUrl.pathname, request.nextUrl.searchParams);
  if (legacy) return NextResponse.redirect(new URL(legacy, request.url), 308);
  return intl(request);
}

export const config = {
  // Only what needs the proxy: `/` and paths without a locale (to add one), and
  // the old `?tag=&page=` news links. Pages under a locale skip it: they take
  // their locale from the [locale] segment, and a cached page served without
  // running middleware first is cheaper (872 -> ~1,000 req/s for /en here).
  matcher: [
    "/",
    "/((?!en(?:/|$)|ru(?:/|$)|zh(?:/|$)|api|_next|_vercel|.*\\..*).*)",
    { source: "/:locale(en|ru|zh)/news", has: [{ type: "query", key: "tag" }] },
    { source: "/:locale(en|ru|zh)/news", has: [{ type: "query", key: "page" }] },
  ],
};
