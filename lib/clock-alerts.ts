// The service clock's reminders, from the background loop: the assignee hears
// when 80 % of an item's time has passed; at the breach, the assignee and every
// admin do. Each reminder is claimed with a conditional update first, so two
// server instances running the loop never send it twice.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueMail, portalUrl } from "@/lib/mail/outbox";

export const WARN_SHARE = 0.8;

type Recipient = { email: string; name: string; locale: "en" | "ru" | "zh" };
const person = { select: { email: true, name: true, locale: true, active: true } } as const;

type Tx = Prisma.TransactionClient;

async function itemOf(tx: Tx, clockId: string) {
  const clock = await tx.serviceClock.findUniqueOrThrow({
    where: { id: clockId },
    select: {
      dueAt: true,
      inquiry: { select: { id: true, subject: true, assignee: person } },
      proposal: { select: { id: true, title: true, legalName: true, assignee: person } },
    },
  });
  if (clock.inquiry)
    return {
      dueAt: clock.dueAt!,
      subject: clock.inquiry.subject,
      path: `/staff/inquiries/${clock.inquiry.id}`,
      assignee: clock.inquiry.assignee,
    };
  const p = clock.proposal!;
  return { dueAt: clock.dueAt!, subject: p.title || p.legalName || p.id, path: `/staff/proposals/${p.id}`, assignee: p.assignee };
}

async function mail(tx: Tx, to: Recipient[], kind: "clockWarning" | "clockBreach", item: Awaited<ReturnType<typeof itemOf>>) {
  for (const r of to)
    await enqueueMail(tx, r.email, r.locale, {
      kind,
      name: r.name,
      subject: item.subject,
      dueAt: item.dueAt,
      link: portalUrl(r.locale, item.path),
    });
}

// A reminder is claimed, re-checked and queued in one transaction: the clock must
// still be running with a due date on the right side of now (a reply or a
// closing in between cancels it), and a failure leaves the claim undone.
const running = { stoppedAt: null, pausedAt: null } as const;

/** One pass: the reminders now due. Returns how many of each were sent. */
export async function sendClockAlerts(now = new Date()) {
  // Running clocks past 80 % of their current period and not yet warned (past due: the breach mail says it all).
  const warn = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "ServiceClock"
    WHERE "stoppedAt" IS NULL AND "pausedAt" IS NULL AND "warnedAt" IS NULL AND "breachedAt" IS NULL
      AND "dueAt" > ${now} AND "startedAt" + ("dueAt" - "startedAt") * ${WARN_SHARE} <= ${now}
    LIMIT 200`;
  let warned = 0;
  for (const { id } of warn) {
    const sent = await db.$transaction(async (tx) => {
      const { count } = await tx.serviceClock.updateMany({
        where: { id, ...running, warnedAt: null, dueAt: { gt: now } },
        data: { warnedAt: now },
      });
      if (count !== 1) return false;
      const item = await itemOf(tx, id);
      if (item.assignee?.active) await mail(tx, [item.assignee], "clockWarning", item);
      return true;
    });
    if (sent) warned++;
  }
  const breach = await db.serviceClock.findMany({
    where: { ...running, breachedAt: null, dueAt: { lt: now } },
    select: { id: true },
    take: 200,
  });
  let breached = 0;
  if (breach.length) {
    const admins = await db.user.findMany({ where: { role: "ADMIN", active: true }, select: { email: true, name: true, locale: true } });
    for (const { id } of breach) {
      const sent = await db.$transaction(async (tx) => {
        const { count } = await tx.serviceClock.updateMany({
          where: { id, ...running, breachedAt: null, dueAt: { lt: now } },
          data: { breachedAt: now },
        });
        if (count !== 1) return false;
        const item = await itemOf(tx, id);
        const to = [...(item.assignee?.active ? [item.assignee] : []), ...admins];
        await mail(tx, [...new Map(to.map((r) => [r.email, r])).values()], "clockBreach", item);
        return true;
      });
      if (sent) breached++;
    }
  }
  return { warned, breached };
}
