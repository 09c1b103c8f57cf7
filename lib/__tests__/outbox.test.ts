// The e-mail outbox on real PostgreSQL and a real SMTP server (the project's
// catcher): mail queued in a committed transaction survives a crash before
// delivery, a crashed worker's claim is retried after its lease, two workers
// never send one message twice, and failures back off.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import nodemailer from "nodemailer";
import { db } from "@/lib/db";
import { backoffSeconds, claimDueMessages, deliverDueMessages } from "@/lib/mail/outbox-worker";
import { enqueueMail } from "@/lib/mail/outbox";
import { testTag } from "@/lib/testing/users";
import { startMailCatcher } from "../../scripts/lib/mail-catcher.mjs";

const tag = testTag();
let catcher: Awaited<ReturnType<typeof startMailCatcher>>;
const transport = () => nodemailer.createTransport(catcher.smtpUrl);
const caughtFor = (to: string) => catcher.messages.filter((m) => m.to.includes(to));

async function queue(to: string) {
  await db.$transaction((tx) =>
    enqueueMail(tx, to, "ru", { kind: "resetPassword", name: "Тест", link: "http://x/ru/reset-password?token=t" }),
  );
}

// Drains everything due (other test files may have queued mail too).
async function drain(now?: Date) {
  const t = transport();
  while ((await deliverDueMessages(t, now)) > 0);
}

beforeAll(async () => {
  catcher = await startMailCatcher({ smtpPort: 2625, httpPort: 2680, quiet: true });
});
afterAll(async () => {
  await db.outboxMessage.deleteMany({ where: { toAddress: { endsWith: `@${tag}.test` } } });
  await catcher.stop();
});

describe("outbox", () => {
  it("a message committed before a crash is delivered by the next worker, translated", async () => {
    const to = `crash1@${tag}.test`;
    await queue(to);
    // "Crash": the process that committed never delivers. A new worker starts:
    expect(caughtFor(to)).toHaveLength(0);
    await drain();
    const [mail] = caughtFor(to);
    expect(mail.subject).toBe("Сброс пароля");
    expect(mail.text).toContain("Здравствуйте, Тест!");
    expect(mail.html).toContain('<a href="http://x/ru/reset-password?token=t">');
    const row = await db.outboxMessage.findFirstOrThrow({ where: { toAddress: to } });
    expect(row.status).toBe("SENT");
    expect(mail.messageId).toBe(`<${row.id}@outbox.greatstone.local>`);
  });

  it("a message claimed by a worker that then died is sent once its lease runs out", async () => {
    const to = `crash2@${tag}.test`;
    await queue(to);
    const claimed = await claimDueMessages(100);
    expect(claimed.map((m) => m.toAddress)).toContain(to);
    // The claimer dies here. Another worker does not take it while the lease holds:
    await drain();
    expect(caughtFor(to)).toHaveLength(0);
    await drain(new Date(Date.now() + 121_000));
    expect(caughtFor(to)).toHaveLength(1);
  });

  it("two workers running at once send each of 40 messages exactly once", async () => {
    const addresses = Array.from({ length: 40 }, (_, i) => `pair${i}@${tag}.test`);
    for (const to of addresses) await queue(to);
    await Promise.all([drain(), drain(), drain()]);
    for (const to of addresses) expect(caughtFor(to)).toHaveLength(1);
    expect(await db.outboxMessage.count({ where: { toAddress: { in: addresses }, status: "SENT" } })).toBe(40);
  });

  it("an unreachable SMTP server leaves the message pending with a backoff", async () => {
    const to = `down@${tag}.test`;
    await queue(to);
    const dead = nodemailer.createTransport({ host: "127.0.0.1", port: 9, connectionTimeout: 1000 });
    while ((await deliverDueMessages(dead)) > 0);
    const row = await db.outboxMessage.findFirstOrThrow({ where: { toAddress: to } });
    expect(row).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(row.lastError).toBeTruthy();
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
    await drain(new Date(Date.now() + 31_000));
    expect(caughtFor(to)).toHaveLength(1);
  });

  it("backs off exponentially up to an hour", () => {
    expect([1, 2, 3, 8, 20].map(backoffSeconds)).toEqual([30, 60, 120, 3600, 3600]);
  });
});
