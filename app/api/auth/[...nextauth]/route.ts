// next-auth's endpoints (sign-in, sign-out, session, CSRF). A credentials sign-in
// refused by the rate limit answers 429 instead of next-auth's usual 200/401, so
// clients and proxies see it for what it is.
import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };

function handler(request: Request, context: Context) {
  return NextAuth(request as never, context as never, authOptions()) as Promise<Response>;
}

export async function GET(request: Request, context: Context) {
  return handler(request, context);
}

export async function POST(request: Request, context: Context) {
  const response = await handler(request, context);
  if (!new URL(request.url).pathname.endsWith("/callback/credentials")) return response;
  const body = (await response.clone().json().catch(() => null)) as { url?: string } | null;
  const error = body?.url ? new URL(body.url, request.url).searchParams.get("error") : null;
  if (error !== "RateLimited") return response;
  return new Response(JSON.stringify(body), { status: 429, headers: response.headers });
}
