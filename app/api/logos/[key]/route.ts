// Public logos of published residents. The key changes with every upload, so a
// logo can be cached for good.
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
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
});
