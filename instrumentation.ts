// Runs once per server process: starts the e-mail outbox worker (Node runtime
// only, and not during `next build`). Several instances may each run one.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { env } = await import("@/lib/env");
  if (env.OUTBOX_WORKER === "off" || !env.DATABASE_URL) return;
  const { startOutboxWorker } = await import("@/lib/mail/outbox-worker");
  const { smtpTransport } = await import("@/lib/mail/transport");
  startOutboxWorker(smtpTransport());
}
