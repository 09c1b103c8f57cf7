// The background loop each server process runs (started by instrumentation.ts):
// every tick, each job in turn; a failing job is logged and does not stop the
// others; a tick that is still running makes the next one wait.
import "server-only";

/** A job runs every tick, or at most every `everyMs` (housekeeping that scans a table). */
export type BackgroundJob = { name: string; run: () => Promise<unknown>; everyMs?: number };

export function startBackgroundLoop(intervalMs: number, jobs: BackgroundJob[]) {
  let running = false;
  const lastRun = new Map<string, number>();
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    for (const job of jobs) {
      const now = Date.now();
      if (job.everyMs && now - (lastRun.get(job.name) ?? 0) < job.everyMs) continue;
      lastRun.set(job.name, now);
      try {
        await job.run();
      } catch (error) {
        console.error(`${job.name}:`, error instanceof Error ? error.message : error);
      }
    }
    running = false;
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
