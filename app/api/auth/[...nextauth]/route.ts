// next-auth's endpoints (sign-in, sign-out, session, CSRF). A credentials sign-in
// refused by the rate limit answers 429 instead of next-auth's usual 200/401, so
// clients and proxies see it for what it is. Public: next-auth authenticates.
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
  if (error !== "RateLimited") return response;
  return new Response(JSON.stringify(body), { status: 429, headers: response.headers });
});
