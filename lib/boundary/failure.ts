// Failures the boundaries translate rather than let through as a bare 500: the
// database being unreachable (a translated "nothing was saved, try again"), and
// Next's own control-flow errors (redirect, notFound), which must propagate.
import "server-only";

// Connection-level errors of node-postgres, PostgreSQL and Prisma: the request
// did not reach a working database, so nothing was written.
const UNAVAILABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "08000",
  "08001",
  "08003",
  "08006",
  "P1001",
  "P1002",
  "P1017",
]);

/** True when `error` (or anything in its cause chain) says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === "object" && depth < 6; depth++) {
    const { code, message, cause, meta } = e as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      meta?: { driverAdapterError?: unknown };
    };
    if (typeof code === "string" && UNAVAILABLE_CODES.has(code)) return true;
    if (
      typeof message === "string" &&
      /Connection terminated|connect ECONNREFUSED|the database system is (shutting down|starting up)|Can't reach database server|DatabaseNotReachable/i.test(
        message,
      )
    )
      return true;
    // Prisma's driver adapter wraps node-postgres's error (P2010 and the like) in meta.
    e = cause ?? meta?.driverAdapterError;
  }
  return false;
}
