// Cover photos of published articles: the master next/image resizes for each
// screen. Cached for a day only: a cover taken down must stop being served soon.
import { z } from "zod";
import { defineRoute } from "@/lib/boundary/define-route";
import { getPublicCover } from "@/lib/data/news";
import { refuse } from "@/lib/data/result";

export const GET = defineRoute({ access: "public", params: z.object({ key: z.uuid() }) }, async ({ params: { key } }) => {
  const bytes = await getPublicCover(key);
  if (!bytes) return refuse("notFound");
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "image/webp",
      "Cache-Control": "public, max-age=86400",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
});
