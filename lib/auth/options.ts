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
import { signInSchema } from "@/lib/validations/account";
import type { Role } from "@/lib/permissions";
import { CLIENT_ADDRESS_HEADER } from "@/scripts/lib/client-address.mjs";

// Error codes the sign-in form translates (next-auth passes them as ?error=).
export const SIGN_IN_ERRORS = ["CredentialsSignin", "RateLimited", "EmailNotVerified"] as const;

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

export const authOptions = (): NextAuthOptions => ({
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 14 * 24 * 3600 },
  pages: { signIn: "/en/sign-in" },
  providers: [
    CredentialsProvider({
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const { email, password } = parsed.data;
        const ip = clientIp(req?.headers);
        const [perIp, perAccount] = await Promise.all([hitLimit("signInPerIp", ip), hitLimit("signInPerAccount", email)]);
        if (!perIp.allowed || !perAccount.allowed) throw new Error("RateLimited");
        const user = await db.user.findUnique({
          where: { email },
          select: { id: true, passwordHash: true, role: true, active: true, emailVerifiedAt: true, sessionVersion: true },
        });
        const ok = await verifyPassword(user?.passwordHash ?? null, password);
        if (!user || !ok || !user.active) return null;
        if (!user.emailVerifiedAt) throw new Error("EmailNotVerified");
        await resetLimit("signInPerAccount", email);
        return { id: user.id, role: user.role, sv: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; role: Role; sv: number };
        token.sub = u.id;
        token.role = u.role;
        token.sv = u.sv;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, user: { id: token.sub, role: token.role, sv: token.sv } };
    },
  },
});
