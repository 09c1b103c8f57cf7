// Public logos of published residents. The key changes with every upload, so a
// logo can be cached for good.
import { getPublicLogo } from "@/lib/data/resident-admin";

export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const key = (await params).key;
  const bytes = /^[0-9a-f-]{36}$/.test(key) ? await getPublicLogo(key) : null;
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "image/png",
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
    },
  });
}
