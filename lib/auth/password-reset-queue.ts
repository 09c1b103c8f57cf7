// "Forgot password" in two halves. The form only queues the address (the same
// insert whether or not it has an account, so the answer's timing tells
// nothing); a background job (instrumentation.ts) looks the queued addresses up
// and sends the links, several instances sharing the queue (SKIP LOCKED), each
// request handled once in one transaction with its mail.
import "server-only";
import { db } from "@/lib/db";
import { sendResetLinkIfAccount } from "@/lib/data/accounts";

export async function queuePasswordReset(email: string): Promise<void> {
  await db.passwordResetRequest.create({ data: { email } });
}

/** Handles up to `limit` queued requests; returns how many. */
export async function processPasswordResetRequests(limit = 50): Promise<number> {
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; email: string }[]>`
      SELECT id, email FROM "PasswordResetRequest" ORDER BY "requestedAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED`;
    for (const row of rows) await sendResetLinkIfAccount(tx, row.email);
    if (rows.length) await tx.passwordResetRequest.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
    return rows.length;
  });
}
