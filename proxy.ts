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
import { CALCULATOR_BOUNDS, calculatorValuesFrom, incentiveCalculatorSchema, isSubmitted } from "@/lib/validations/incentive-calculator";

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

const CALCULATOR = /^\/(en|ru|zh)\/incentives\/calculator$/;

/**
 * The incentive calculator is a GET form: an address with bad values still gets
 * the page, with each message on its field (the page parses the same schema with
 * the same bounds), but answers 400, as any refused input does.
 */
function calculatorStatus(request: NextRequest) {
  // Not for the live island's own fetches of the page (the RSC payload): the client
  // router reloads the whole page on any non-2xx answer, which would take the field
  // the investor is typing in away from them. Next strips its own RSC headers before
  // the proxy, so the request has to say otherwise that it loads a document.
  // Only a document load is answered 400: a browser asks for HTML (the router's fetch asks for */*),
  // and where it sends Fetch Metadata (secure origins), says it loads a document.
  const dest = request.headers.get("sec-fetch-dest");
  const wantsHtml = request.headers.get("accept")?.includes("text/html") ?? false;
  if (!wantsHtml || (dest && dest !== "document")) return NextResponse.next();
  // Every value of each name, as the page receives them (it takes the first).
  const params = request.nextUrl.searchParams;
  const query = Object.fromEntries([...new Set(params.keys())].map((k) => [k, params.getAll(k)]));
  if (!isSubmitted(query) || incentiveCalculatorSchema(CALCULATOR_BOUNDS).safeParse(calculatorValuesFrom(query)).success)
    return NextResponse.next();
  return NextResponse.next({ status: 400 });
}

export default async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (CALCULATOR.test(pathname)) return calculatorStatus(request);
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
    // Rendered per request anyway (its result depends on the query): the proxy sets 400 on bad input.
    "/:locale(en|ru|zh)/incentives/calculator",
  ],
};
