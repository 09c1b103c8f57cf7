// Applies prisma/migrations exactly as `prisma migrate deploy` would, without
// Prisma's native schema engine (which cannot be downloaded on these machines).
// The bookkeeping in _prisma_migrations matches Prisma's, so a machine that has
// the engine can run `prisma migrate deploy` / `migrate status` afterwards.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const ADVISORY_LOCK_ID = 72707369; // the key Prisma's engine locks on

const CREATE_TABLE = `CREATE TABLE "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export function listMigrations(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

function checkLockFile(dir) {
  const lock = path.join(dir, "migration_lock.toml");
  if (!existsSync(lock)) throw new Error(`${lock} is missing`);
  const provider = /provider\s*=\s*"([^"]+)"/.exec(readFileSync(lock, "utf8"))?.[1];
  if (provider !== "postgresql") throw new Error(`migration_lock.toml names provider "${provider}", not postgresql`);
}

async function tableExists(client) {
  const r = await client.query(
    "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '_prisma_migrations'",
  );
  return r.rowCount > 0;
}

async function schemaIsEmpty(client) {
  const r = await client.query("SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = current_schema()");
  return r.rows[0].n === 0;
}

/** Returns the names of the migrations it applied (empty when up to date). */
export async function applyMigrations(databaseUrl, { dir = "prisma/migrations", log = () => {} } = {}) {
  checkLockFile(dir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const applied = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_ID]);
    if (!(await tableExists(client))) {
      // Prisma, too, only baselines an empty schema; anything else needs a human.
      if (!(await schemaIsEmpty(client))) {
        throw new Error("The database schema is not empty and has no _prisma_migrations table (P3005)");
      }
      await client.query(CREATE_TABLE);
    }
    const rows = (await client.query('SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"')).rows;
    const failed = rows.find((r) => !r.finished_at && !r.rolled_back_at);
    if (failed) throw new Error(`Migration ${failed.migration_name} failed earlier and must be resolved first (P3009)`);
    const done = new Set(rows.filter((r) => !r.rolled_back_at).map((r) => r.migration_name));

    for (const name of listMigrations(dir).filter((n) => !done.has(n))) {
      const sql = readFileSync(path.join(dir, name, "migration.sql"));
      const id = randomUUID();
      const checksum = createHash("sha256").update(sql).digest("hex");
      await client.query(
        'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)',
        [id, checksum, name],
      );
      try {
        // One simple-protocol query: the whole file runs in one implicit transaction.
        await client.query(sql.toString("utf8"));
      } catch (error) {
        await client.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, String(error?.message ?? error)]);
        throw new Error(`Migration ${name} failed: ${error?.message ?? error}`);
      }
      await client.query('UPDATE "_prisma_migrations" SET applied_steps_count = 1, finished_at = now() WHERE id = $1', [id]);
      applied.push(name);
      log(`applied ${name}`);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_ID]).catch(() => {});
    await client.end();
  }
  return applied;
}
