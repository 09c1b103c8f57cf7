// E-mailed links asked for by address: "forgot password" and "send a new
// confirmation link". The form only queues the address (the same insert whether
// or not it has an account, so the answer and its timing tell nothing); a
// background job (instrumentation.ts) looks the queued addresses up and sends
// the links, several instances sharing the queue (SKIP LOCKED), each request
// handled once in one transaction with its mail.
import "server-only";
import { db } from "@/lib/db";
import { sendResetLinkIfAccount, sendVerificationLinkIfUnconfirmed } from "@/lib/data/accounts";

export type AccountLinkKind = "RESET_PASSWORD" | "VERIFY_EMAIL";

export async function queueAccountLink(email: string, kind: AccountLinkKind): Promise<void> {
  await db.accountLinkRequest.create({ data: { email, kind } });
}

const SENDERS = { RESET_PASSWORD: sendResetLinkIfAccount, VERIFY_EMAIL: sendVerificationLinkIfUnconfirmed };

/** Handles up to `limit` queued requests; returns how many. */
export async function processAccountLinkRequests(limit = 50): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; email: string; kind: AccountLinkKind }[]>`
      SELECT id, email, kind::text AS kind FROM "AccountLinkRequest" ORDER BY "requestedAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    for (const row of rows) await SENDERS[row.kind](tx, row.email);
    if (rows.length) await tx.accountLinkRequest.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
    return rows.length;
  });
}
