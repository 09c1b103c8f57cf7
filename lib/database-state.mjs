// Whether the last database call of this process failed because PostgreSQL could
// not be reached. Kept on globalThis so the HTTP server in front of Next
// (scripts/lib/portal-server.mjs) and the app's bundled code read one value:
// the server turns the app's bare 500 into a translated 503 while it is set.
// Set by the Prisma client (lib/db.ts) on a connection failure, cleared by the
// next call that succeeds, so recovery needs no probe.
const KEY = Symbol.for("portal.databaseState");
const state = (globalThis[KEY] ??= { unreachableSince: null });

export function noteDatabaseUnreachable() {
  state.unreachableSince ??= Date.now();
}

export function noteDatabaseReachable() {
  state.unreachableSince = null;
}

/** Milliseconds since epoch when the database was first found unreachable, or null while it answers. */
export function databaseUnreachableSince() {
  return state.unreachableSince;
}
