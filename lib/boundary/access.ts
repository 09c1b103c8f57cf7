// Who may call a boundary (server action or route handler), resolved once for both:
// a permission from lib/permissions.ts, any signed-in user, or anyone.
import "server-only";
import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/options";
import { can, type Permission } from "@/lib/permissions";
import { hitLimit, type LimitName } from "@/lib/rate-limit";
import { getCurrentUser, type CurrentUser } from "@/lib/session";

export type Access = Permission | "signedIn" | "public";

/** The user a handler receives: none for public boundaries, a signed-in one otherwise. */
export type ActingUser<A extends Access> = A extends "public" ? null : CurrentUser;

export type Denial = "signedOut" | "forbidden";

/** Signed out → `signedOut`; signed in without the permission → `forbidden`. */
export async function resolveAccess<A extends Access>(
  access: A,
): Promise<{ ok: true; user: ActingUser<A> } | { ok: false; denial: Denial }> {
  if (access === "public") return { ok: true, user: null as ActingUser<A> };
  const user = await getCurrentUser();
  if (!user) return { ok: false, denial: "signedOut" };
  if (access !== "signedIn" && !can(user.role, access as Permission)) return { ok: false, denial: "forbidden" };
  return { ok: true, user: user as ActingUser<A> };
}

/** A per-address or per-account budget; counted after the input parsed, as before. */
export type RateLimitSpec = { name: LimitName; per: "ip" | "user" };

export async function checkRateLimit(spec: RateLimitSpec | undefined, user: CurrentUser | null) {
  if (!spec) return { allowed: true, retryAfterSeconds: 0 };
  const subject = spec.per === "user" && user ? user.id : clientIp(await headers());
  return hitLimit(spec.name, subject);
}
