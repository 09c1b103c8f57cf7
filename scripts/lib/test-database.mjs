// Fresh, uniquely named databases for test runs, on DATABASE_URL's server when set
// (which must be local) or on an embedded PostgreSQL kept under .data/test-postgres.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-db.mjs";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

export function assertLocal(url) {
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) throw new Error(`Refusing to run tests against non-local database host "${host}"`);
}

/** Starts (or reuses) the server tests run on; returns its admin URL and a stop function. */
export async function startTestServer() {
  if (process.env.DATABASE_URL) {
    assertLocal(process.env.DATABASE_URL);
    return { adminUrl: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const port = Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54331);
  const server = await startEmbeddedPostgres({ dir: ".data/test-postgres", port, database: "postgres" });
  return { adminUrl: server.url, embedded: true, stop: server.stop };
}

export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Creates an empty database named after `label`; returns its URL and a drop function. */
export async function createDatabase(adminUrl, label) {
  assertLocal(adminUrl);
  const name = `gs_${label}_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    url: withDatabase(adminUrl, name),
    name,
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
