// next-auth's endpoints (sign-in, sign-out, session, CSRF). A credentials sign-in
// refused by the rate limit answers 429, and one the database could not check 503
// with Retry-After, instead of next-auth's usual 200/401, so clients and proxies
// see them for what they are. Public: next-auth authenticates.
import NextAuth from "next-auth";
import { z } from "zod";
import { authOptions } from "@/lib/auth/options";
import { defineRoute } from "@/lib/boundary/define-route";

const params = z.object({ nextauth: z.array(z.string().max(100)).max(4) });

function nextAuth(request: Request, nextauth: string[]) {
  return NextAuth(request as never, { params: Promise.resolve({ nextauth }) } as never, authOptions()) as Promise<Response>;
}

export const GET = defineRoute({ access: "public", params }, ({ request, params }) => nextAuth(request, params.nextauth));

export const POST = defineRoute({ access: "public", params }, async ({ request, params }) => {
  const response = await nextAuth(request, params.nextauth);
  if (!new URL(request.url).pathname.endsWith("/callback/credentials")) return response;
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { url?: string } | null;
  const error = body?.url ? new URL(body.url, request.url).searchParams.get("error") : null;
  if (error === "RateLimited") return new Response(JSON.stringify(body), { status: 429, headers: response.headers });
  if (error === "Unavailable") {
    const headers = new Headers(response.headers);
    headers.set("Retry-After", "30");
    return new Response(JSON.stringify(body), { status: 503, headers });
  }
  return response;
});
