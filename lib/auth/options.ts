// next-auth v4: e-mail and password (credentials provider) with JWT sessions.
// The token carries the user's id, role and session version; lib/session.ts
// re-reads the user on every request, so deactivation or a password change ends
// sessions at once.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { authSecret } from "@/lib/env";
import { verifyPassword } from "@/lib/auth/password";
import { hitLimit, resetLimit } from "@/lib/rate-limit";
import { revokeSession, startSession } from "@/lib/auth/sessions";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/prune";
import { claimSignInAttempt, recordSignInFailure, recordSignInSuccess } from "@/lib/auth/sign-in-throttle";
import { enqueueMail, portalUrl } from "@/lib/mail/outbox";
import { signInSchema } from "@/lib/validations/account";
import type { Role } from "@/lib/permissions";
import { isDatabaseUnavailable } from "@/lib/boundary/failure";
import { CLIENT_ADDRESS_HEADER } from "@/scripts/lib/client-address.mjs";

export { SIGN_IN_ERRORS } from "@/lib/auth/sign-in-errors";

/**
 * The client's address for per-address limits: set by the portal's server
 * (scripts/serve.mjs) from the socket and TRUSTED_PROXY_HOPS, never taken from a
 * header the client wrote. Without that server (`next dev`) every client shares
 * one budget: stricter, never looser.
 */
export function clientIp(headers: Headers | Record<string, unknown> | undefined): string {
  const value = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : (headers?.[CLIENT_ADDRESS_HEADER] as string | undefined);
  return value || "unknown";
}

/** Tells the owner, in their language, that someone keeps guessing their password. */
async function warnOwnerOfGuessing(email: string, name: string, locale: "en" | "ru" | "zh") {
  await db.$transaction((tx) =>
    enqueueMail(tx, email, locale, { kind: "signInAttempts", name, link: portalUrl(locale, "/forgot-password") }),
  );
}

/** The credentials check: limits, password, confirmed e-mail; a new server-side session on success. */
async function authorizeCredentials(
  credentials: Record<string, string> | undefined,
  req: { headers?: Record<string, unknown> } | undefined,
) {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const ip = clientIp(req?.headers);
  const pair = `${email}|${ip}`;
  // Strict per address and account; per account a growing, capped delay that
  // slows guessing from many addresses without locking the owner out.
  const [perIp, perPair] = await Promise.all([hitLimit("signInPerIp", ip), hitLimit("signInPerAccountAddress", pair)]);
  if (!perIp.allowed || !perPair.allowed) throw new Error("RateLimited");
  if (!(await claimSignInAttempt(email)).allowed) throw new Error("RateLimited");
  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      name: true,
      locale: true,
      passwordHash: true,
      role: true,
      active: true,
      emailVerifiedAt: true,
      sessionVersion: true,
    },
  });
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !ok || !user.active) {
    const { alert } = await recordSignInFailure(email);
    if (alert && user?.active) await warnOwnerOfGuessing(email, user.name, user.locale);
    return null;
  }
  if (!user.emailVerifiedAt) throw new Error("EmailNotVerified");
  await Promise.all([resetLimit("signInPerAccountAddress", pair), recordSignInSuccess(email)]);
  return { id: user.id, role: user.role, sv: user.sessionVersion, sid: await startSession(user.id) };
}

export const authOptions = (): NextAuthOptions => ({
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/en/sign-in" },
  providers: [
    CredentialsProvider({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        try {
          return await authorizeCredentials(credentials, req);
        } catch (error) {
          // next-auth puts a thrown message in the answer's URL: say only that the database is down.
          if (isDatabaseUnavailable(error)) throw new Error("Unavailable");
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; role: Role; sv: number; sid: string };
        token.sub = u.id;
        token.role = u.role;
        token.sv = u.sv;
        token.sid = u.sid;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { id: token.sub, role: token.role, sv: token.sv, sid: token.sid } };
    },
  },
  events: {
    // Sign-out ends the session on the server: a copy of the cookie stops working too.
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession(token.sid);
    },
  },
});
