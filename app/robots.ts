// /robots.txt: public pages open to crawlers; the signed-in areas, the sign-in
// forms and the API closed; the sitemap named.
import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { locales } from "@/lib/i18n/routing";

// Built per request: the sitemap address comes from SITE_URL at run time, not build time.
export const dynamic = "force-dynamic";

const CLOSED = ["account", "staff", "sign-in", "register", "forgot-password", "reset-password", "verify-email", "accept-invite"];

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", ...locales.flatMap((l) => CLOSED.map((area) => `/${l}/${area}`))] },
    sitemap: new URL("/sitemap.xml", env.SITE_URL).toString(),
  };
}
