// Runs once per server process: starts the background loop (Node runtime only,
// not during `next build`): queued password resets, e-mail outbox delivery,
// scheduled news, and the sweeps of unreferenced files and old sign-in records.
// Several instances may each run one; every job is safe to run concurrently.
// BACKGROUND_JOBS=off turns all of them off.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("@/lib/env");
  if (env.BACKGROUND_JOBS === "off" || !env.DATABASE_URL) return;
  const { startBackgroundLoop } = await import("@/lib/background");
  const { deliverAllDue } = await import("@/lib/mail/outbox-worker");
  const { smtpTransport } = await import("@/lib/mail/transport");
  const { runNewsScheduler } = await import("@/lib/news-scheduler");
  const { sweepUnreferencedFiles } = await import("@/lib/storage");
  const { processAccountLinkRequests } = await import("@/lib/auth/account-link-queue");
  const { pruneSignInRecords } = await import("@/lib/auth/prune");
  const { pruneGuestContacts } = await import("@/lib/data/guest-contacts");
  const { sendClockAlerts } = await import("@/lib/clock-alerts");
  const transport = smtpTransport();
  startBackgroundLoop(env.BACKGROUND_POLL_MS, [
    // Reset and confirmation links first, so their mail leaves in the same tick.
    { name: "account links", run: () => processAccountLinkRequests() },
    { name: "outbox", run: () => deliverAllDue(transport) },
    { name: "news scheduler", run: () => runNewsScheduler() },
    { name: "service clock reminders", run: () => sendClockAlerts(), everyMs: 60_000 },
    { name: "file sweep", run: () => sweepUnreferencedFiles(), everyMs: 10 * 60_000 },
    { name: "sign-in records", run: () => pruneSignInRecords(), everyMs: 10 * 60_000 },
    { name: "unconfirmed contact messages", run: () => pruneGuestContacts(), everyMs: 60 * 60_000 },
  ]);
}
