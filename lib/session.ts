// The signed-in user for this request, re-read from the database (React cache:
// once per request). A token whose session was signed out or revoked, whose
// session version no longer matches, or whose user was deactivated, counts as
// signed out.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { can, type Permission, type Role } from "@/lib/permissions";
import { RETURN_TO_HEADER, safeCallbackPath } from "@/lib/auth/callback-path";

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: "en" | "ru" | "zh";
  /** The server-side session of this request (absent for users made in tests). */
  sessionId?: string;
};

type TokenUser = { id?: string; role?: Role; sv?: number; sid?: string };

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  // Without a secret no session token can be verified: nobody is signed in.
  if (!env.NEXTAUTH_SECRET) return null;
  const session = await getServerSession(authOptions());
  const token = session?.user as TokenUser | undefined;
  if (!token?.id || !token.sid) return null;
  const row = await db.session.findUnique({
    where: { id: token.sid },
    select: {
      revokedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, locale: true, active: true, sessionVersion: true } },
    },
  });
  const user = row?.user;
  if (!row || row.revokedAt || !user || user.id !== token.id || !user.active || user.sessionVersion !== token.sv) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale, sessionId: token.sid };
});

/** The signed-in user, or a redirect to sign-in (which returns here afterwards). */
export async function requireUser(locale: string, returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    // The page actually requested (with its query), as the proxy saw it; a layout
    // only knows its own root, which `returnTo` falls back to.
    const requested = safeCallbackPath((await headers()).get(RETURN_TO_HEADER) ?? undefined, returnTo);
    redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(requested)}`);
  }
  return user;
}

/** Pages only: a user without the permission sees not-found (nothing to learn). */
export async function requirePermission(locale: string, returnTo: string, permission: Permission) {
  const user = await requireUser(locale, returnTo);
  if (!can(user.role, permission)) notFound();
  return user;
}

/** For server actions and route handlers: the signed-in user if they hold the permission, else null. */
export async function getUserWith(permission: Permission): Promise<CurrentUser | null> {
  const user = await getCurrentUser();
  return user && can(user.role, permission) ? user : null;
}
