// Delivers the outbox. Each round claims due messages with
// `FOR UPDATE SKIP LOCKED` and, in the same statement, pushes their next attempt
// past a lease; two workers (two app instances) therefore never hold the same
// message. A worker that dies after claiming leaves the message to be retried
// when the lease runs out; one that dies between send and mark-as-sent may send
// it once more (the Message-ID lets mail systems drop that duplicate).
import "server-only";
import type { Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

const LEASE_SECONDS = 120;
const MAX_ATTEMPTS = 8;

type Claimed = { id: string; toAddress: string; subject: string; text: string; html: string; attempts: number };

export async function claimDueMessages(limit = 10, now = new Date()): Promise<Claimed[]> {
  const at = now.toISOString();
  return db.$queryRaw<Claimed[]>`
    UPDATE "OutboxMessage" SET "nextAttemptAt" = ${at}::timestamp(3) + make_interval(secs => ${LEASE_SECONDS}),
                               attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "OutboxMessage"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= ${at}::timestamp(3)
      ORDER BY "nextAttemptAt", "createdAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, "toAddress", subject, text, html, attempts`;
}

/** Seconds to wait after the n-th failed attempt: 30 s, 1 min, 2 min ... capped at 1 h. */
export function backoffSeconds(attempts: number) {
  return Math.min(3600, 30 * 2 ** (attempts - 1));
}

/** One round: claim, send, record. Returns how many were sent. */
export async function deliverDueMessages(transport: Transporter, now = new Date()): Promise<number> {
  const claimed = await claimDueMessages(10, now);
  let sent = 0;
  for (const m of claimed) {
    try {
      await transport.sendMail({
        from: env.MAIL_FROM,
        to: m.toAddress,
        subject: m.subject,
        text: m.text,
        html: m.html,
        messageId: `<${m.id}@outbox.greatstone.local>`,
      });
      await db.outboxMessage.update({ where: { id: m.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
      sent++;
    } catch (error) {
      const failed = m.attempts >= MAX_ATTEMPTS;
      await db.outboxMessage.update({
        where: { id: m.id },
        data: {
          status: failed ? "FAILED" : "PENDING",
          lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
          nextAttemptAt: new Date(now.getTime() + backoffSeconds(m.attempts) * 1000),
        },
      });
    }
  }
  return sent;
}

/** Delivers everything due now, round after round, until a round sends nothing. */
export async function deliverAllDue(transport: Transporter) {
  while ((await deliverDueMessages(transport)) > 0);
}
