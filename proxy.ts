// Next 16 proxy (formerly middleware).
// - Locale routing: `/` goes to the best locale from Accept-Language; paths
//   without a locale get one. No cookie is set, so public pages stay cacheable.
// - Old `?tag=&page=` news links are redirected to their paths.
// - Early redirects for the signed-in areas: no session → sign-in; not staff →
//   away from the back office. Only a convenience: every page, action and data
//   function checks the session and role itself (lib/session.ts).
// - The requested path goes on to the signed-in pages as RETURN_TO_HEADER: a
//   session that ended since (role or password changed) sends the user to sign
//   in and back to this very page, even when a layout is what notices.
import createMiddleware from "next-intl/middleware";
import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/lib/i18n/routing";
import { legacyNewsListRedirect } from "@/lib/legacy-urls";
import { can } from "@/lib/permissions";
import { env } from "@/lib/env";
import { RETURN_TO_HEADER } from "@/lib/auth/callback-path";

const intl = createMiddleware(routing);
const PROTECTED = /^\/(en|ru|zh)\/(account|staff)(\/|$)/;

async function guardSignedInArea(request: NextRequest, locale: string, area: string) {
  const token = env.NEXTAUTH_SECRET ? await getToken({ req: request, secret: env.NEXTAUTH_SECRET }) : null;
  // A server action answers for itself ("signedOut", shown in the form with a
  // sign-in link back to this page); a redirect would reach it as a failed fetch.
  const isServerAction = request.headers.has("next-action");
  if (!token && !isServerAction) {
    const signIn = new URL(`/${locale}/sign-in`, request.url);
    signIn.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(signIn);
  }
  if (token && area === "staff" && !can(token.role, "backoffice:enter") && !isServerAction) {
    return NextResponse.redirect(new URL(`/${locale}/account`, request.url));
  }
  // Set here whatever the client sent under that name.
  const headers = new Headers(request.headers);
  headers.set(RETURN_TO_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export default async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const area = PROTECTED.exec(pathname);
  if (area) return guardSignedInArea(request, area[1], area[2]);
  const legacy = legacyNewsListRedirect(pathname, searchParams);
  if (legacy) return NextResponse.redirect(new URL(legacy, request.url), 308);
  return intl(request);
}

export const config = {
  // Only what needs the proxy: `/` and paths without a locale (to add one), the
  // old news links and the signed-in areas. Public pages under a locale skip it:
  // they take their locale from the [locale] segment, and a cached page served
  // without running middleware first is cheaper (872 -> ~1,000 req/s for /en here).
  matcher: [
    "/",
    "/((?!en(?:/|$)|ru(?:/|$)|zh(?:/|$)|api|_next|_vercel|.*\\..*).*)",
    { source: "/:locale(en|ru|zh)/news", has: [{ type: "query", key: "tag" }] },
    { source: "/:locale(en|ru|zh)/news", has: [{ type: "query", key: "page" }] },
    "/:locale(en|ru|zh)/:area(account|staff)/:path*",
  ],
};
