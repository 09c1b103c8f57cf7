// Single-use expiring tokens for e-mailed links. The link carries 32 random bytes;
// the database keeps only their SHA-256, and using a token is one conditional
// UPDATE, so two clicks racing each other cannot both succeed.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { AuthTokenKind, Prisma } from "@/lib/generated/prisma/client";

export const TOKEN_TTL_MS: Record<AuthTokenKind, number> = {
  VERIFY_EMAIL: 48 * 3600_000,
  RESET_PASSWORD: 3600_000,
  STAFF_INVITE: 72 * 3600_000,
  // Sent with a staff reply to a contact-form guest, who may read it days later.
  SET_PASSWORD: 14 * 24 * 3600_000,
};

export function hashToken(raw: string) {
  return createHash("sha256").update(raw).digest("hex");
}

export async function issueToken(tx: Prisma.TransactionClient, userId: string, kind: AuthTokenKind, now = new Date()) {
  const raw = randomBytes(32).toString("base64url");
  // A new link replaces any older unused one of the same kind.
  await tx.authToken.updateMany({ where: { userId, kind, usedAt: null }, data: { usedAt: now } });
  await tx.authToken.create({
    data: { userId, kind, tokenHash: hashToken(raw), expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[kind]) },
  });
  return raw;
}

/** Marks the token used and returns its user, or null when unknown, used or expired. */
export async function consumeToken(tx: Prisma.TransactionClient, kind: AuthTokenKind | AuthTokenKind[], raw: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(raw)) return null;
  const tokenHash = hashToken(raw);
  const { count } = await tx.authToken.updateMany({
    where: { tokenHash, kind: { in: [kind].flat() }, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  if (count !== 1) return null;
  const token = await tx.authToken.findUnique({ where: { tokenHash }, select: { userId: true } });
  return token?.userId ?? null;
}
