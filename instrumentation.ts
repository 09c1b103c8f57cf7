// Runs once per server process: starts the background loop (Node runtime only,
// not during `next build`): e-mail outbox delivery and scheduled news. Several
// instances may each run one; both jobs are safe to run concurrently.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("@/lib/env");
  if (env.OUTBOX_WORKER === "off" || !env.DATABASE_URL) return;
  const { startBackgroundLoop } = await import("@/lib/background");
  const { deliverAllDue } = await import("@/lib/mail/outbox-worker");
  const { smtpTransport } = await import("@/lib/mail/transport");
  const { runNewsScheduler } = await import("@/lib/news-scheduler");
  const transport = smtpTransport();
  startBackgroundLoop(env.OUTBOX_POLL_MS, [
    { name: "outbox", run: () => deliverAllDue(transport) },
    { name: "news scheduler", run: () => runNewsScheduler() },
  ]);
}
