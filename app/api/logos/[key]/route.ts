// Public logos of published residents. Cached for a day only: a logo taken down must
// stop being served soon.
import { z } from "zod";
import { defineRoute } from "@/lib/boundary/define-route";
import { getPublicLogo } from "@/lib/data/resident-admin";
import { refuse } from "@/lib/data/result";

export const GET = defineRoute({ access: "public", params: z.object({ key: z.uuid() }) }, async ({ params: { key } }) => {
  const bytes = await getPublicLogo(key);
  if (!bytes) return refuse("notFound");
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "image/png",
      "Cache-Control": "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
});
