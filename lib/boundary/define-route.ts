// The one boundary for route handlers: who is asking, the route's params and
// query string parsed with zod, an optional rate limit, and one mapping of every
// refusal to an HTTP status (400 bad input, 401, 403, 404, 409, 413, 415, 422,
// 429 with Retry-After, 503 with Retry-After when the database is unreachable).
// A handler returns its own Response on success, or a Refused from lib/data.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { checkRateLimit, resolveAccess, type Access, type ActingUser, type Denial, type RateLimitSpec } from "@/lib/boundary/access";
import { isDatabaseUnavailable } from "@/lib/boundary/failure";
import type { Reason, Refused } from "@/lib/data/result";

export type RouteError = Reason | Denial | "invalid" | "rateLimited" | "unavailable";

export const STATUS_OF: Record<RouteError, number> = {
  invalid: 400,
  signedOut: 401,
  forbidden: 403,
  notFound: 404,
  linkInvalid: 404,
  notAllowed: 409,
  conflict: 409,
  slugTaken: 409,
  exists: 409,
  duplicate: 409,
  tooMany: 409,
  notConfirmed: 422,
  reasonRequired: 422,
  incomplete: 422,
  wrongPassword: 422,
  commonPassword: 422,
  empty: 422,
  unreadable: 422,
  tooSmall: 422,
  tooLarge: 413,
  badType: 415,
  rateLimited: 429,
  unavailable: 503,
};

/** A JSON refusal with its status; never cached. */
export function refusal(error: RouteError, retryAfterSeconds?: number): Response {
  const headers: Record<string, string> = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  if (retryAfterSeconds) headers["Retry-After"] = String(retryAfterSeconds);
  return Response.json({ ok: false, error }, { status: STATUS_OF[error], headers });
}

type Params = Record<string, string | string[] | undefined>;
type Schema = z.ZodType | undefined;
type Out<S> = S extends z.ZodType ? z.output<S> : undefined;

export type RouteContext<A extends Access, P, Q> = { request: Request; user: ActingUser<A>; params: Out<P>; query: Out<Q> };

export type RouteSpec<A extends Access, P, Q> = {
  access: A;
  /** The dynamic segments ([id], [key], …). */
  params?: P;
  /** The query string, one value per key. */
  query?: Q;
  rateLimit?: RateLimitSpec;
  /**
   * Answer 404 instead of 401/403 to those who may not use the route, where even
   * its existence is nothing to show them (staff and admin exports, documents).
   */
  hideFromOthers?: boolean;
};

const madeHere = new WeakSet<object>();
export const isBoundaryRoute = (value: unknown) => typeof value === "function" && madeHere.has(value);

export function defineRoute<A extends Access, P extends Schema = undefined, Q extends Schema = undefined>(
  spec: RouteSpec<A, P, Q>,
  handler: (context: RouteContext<A, P, Q>) => Promise<Response | Refused>,
): (request: Request, context: { params: Promise<Params> }) => Promise<Response> {
  const route = async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    try {
      const access = await resolveAccess(spec.access);
      if (!access.ok) return refusal(spec.hideFromOthers ? "notFound" : access.denial);
      let params: unknown = undefined;
      if (spec.params) {
        const parsed = spec.params.safeParse(await context.params);
        // A malformed id names no record.
        if (!parsed.success) return refusal("notFound");
        params = parsed.data;
      }
      let query: unknown = undefined;
      if (spec.query) {
        const parsed = spec.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
        if (!parsed.success) return refusal("invalid");
        query = parsed.data;
      }
      const limit = await checkRateLimit(spec.rateLimit, access.user);
      if (!limit.allowed) return refusal("rateLimited", limit.retryAfterSeconds);
      const result = await handler({ request, user: access.user, params, query } as RouteContext<A, P, Q>);
      return result instanceof Response ? result : refusal(result.reason);
    } catch (error) {
      unstable_rethrow(error);
      if (isDatabaseUnavailable(error)) return refusal("unavailable", 5);
      console.error("[route]", error);
      return Response.json({ ok: false, error: "unexpected" }, { status: 500, headers: { "Cache-Control": "private, no-store" } });
    }
  };
  madeHere.add(route);
  return route;
}
