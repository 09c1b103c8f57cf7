// Next 16 proxy (formerly middleware): only locale routing. `/` goes to the best
// locale from Accept-Language; paths without a locale get one.
import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Skip API routes, Next internals and files with an extension (feeds, icons).
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
