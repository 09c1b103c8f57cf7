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
  // Skip API routes, Next internals and files with an extension (feeds, icons).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
