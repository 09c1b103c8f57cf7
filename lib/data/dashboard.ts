// The back office's front page: what needs attention now.
import "server-only";
import { db } from "@/lib/db";
import { assertCan } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/session";
import { CALENDAR_TIME_ZONES, endOfDay, localDay } from "@/lib/service-clock";

const YEAR_MS = 365 * 86_400_000;

/** Running clocks by where they stand: overdue, due today (Minsk date), on track, waiting for the investor. */
async function clockCounts(now: Date) {
  const endOfToday = endOfDay(localDay(now, CALENDAR_TIME_ZONES.MINSK), CALENDAR_TIME_ZONES.MINSK);
  const running = { stoppedAt: null };
  const [overdue, dueToday, onTrack, paused] = await Promise.all([
    db.serviceClock.count({ where: { ...running, dueAt: { lt: now } } }),
    db.serviceClock.count({ where: { ...running, dueAt: { gte: now, lte: endOfToday } } }),
    db.serviceClock.count({ where: { ...running, dueAt: { gt: endOfToday } } }),
    db.serviceClock.count({ where: { ...running, pausedAt: { not: null } } }),
  ]);
  return { overdue, dueToday, onTrack, paused };
}

export async function getDashboard(actor: CurrentUser, now = new Date()) {
  assertCan(actor.role, "backoffice:enter");
  const [inquiries, proposals, oldest, metrics, scheduled, clocks] = await Promise.all([
    db.inquiry.groupBy({ by: ["status"], where: { status: { not: "CLOSED" } }, _count: { _all: true } }),
    db.proposal.groupBy({ by: ["status"], where: { status: { not: "DRAFT" } }, _count: { _all: true } }),
    // "Unanswered": new, or opened and written to by the investor since.
    db.inquiry.findFirst({
      where: { status: { in: ["NEW", "OPEN"] } },
      orderBy: { lastMessageAt: "asc" },
      select: { id: true, subject: true, lastMessageAt: true, investor: { select: { name: true } } },
    }),
    db.figureMetric.findMany({
      select: {
        key: true,
        translations: { select: { locale: true, label: true } },
        values: { orderBy: { asOf: "desc" }, take: 1, select: { asOf: true } },
      },
    }),
    db.newsArticle.findMany({
      where: { status: "SCHEDULED" },
      orderBy: { publishedAt: "asc" },
      select: { id: true, slug: true, publishedAt: true, translations: { select: { locale: true, title: true } } },
    }),
    clockCounts(now),
  ]);
  const cutoff = now.getTime() - YEAR_MS;
  return {
    inquiries: Object.fromEntries(inquiries.map((g) => [g.status, g._count._all])),
    proposals: Object.fromEntries(proposals.map((g) => [g.status, g._count._all])),
    oldestUnanswered: oldest,
    staleFigures: metrics
      .filter((m) => !m.values[0] || m.values[0].asOf.getTime() < cutoff)
      .map((m) => ({ key: m.key, labels: m.translations, latest: m.values[0]?.asOf ?? null })),
    scheduledNews: scheduled,
    clocks,
  };
}
