// The offline migration applier against real PostgreSQL: Prisma's bookkeeping,
// idempotence, failure handling, and the drift check between schema and migrations.
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { applyMigrations, listMigrations } from "../scripts/lib/migrate.mjs";
import { createDatabase } from "../scripts/lib/test-database.mjs";

const adminUrl = inject("adminUrl");
const drops: (() => Promise<void>)[] = [];
afterAll(async () => Promise.all(drops.map((d) => d())));

async function freshDatabase() {
  const db = await createDatabase(adminUrl, "mig");
  drops.push(db.drop);
  return db.url;
}

async function query<T = Record<string, unknown>>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

describe("applyMigrations", () => {
  it("applies every migration on an empty database, then is a no-op", async () => {
    const url = await freshDatabase();
    const names = listMigrations("prisma/migrations");
    expect(await applyMigrations(url)).toEqual(names);
    expect(await applyMigrations(url)).toEqual([]);

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      applied_steps_count: number;
      id: string;
    }>(url, 'SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      const sql = readFileSync(path.join("prisma/migrations", row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.applied_steps_count).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
    const tables = await query<{ table_name: string }>(
      url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables.map((t) => t.table_name)).toEqual(expect.arrayContaining(["Resident", "NewsArticle", "FigureValue"]));
  });

  it("records a failing migration, rolls back its statements and refuses to go on", async () => {
    const url = await freshDatabase();
    const dir = mkdtempSync(path.join(tmpdir(), "gs-migrations-"));
    cpSync("prisma/migrations/migration_lock.toml", path.join(dir, "migration_lock.toml"));
    mkdirSync(path.join(dir, "20000101000000_ok"));
    writeFileSync(path.join(dir, "20000101000000_ok", "migration.sql"), "CREATE TABLE a (id int);");
    mkdirSync(path.join(dir, "20000102000000_bad"));
    writeFileSync(path.join(dir, "20000102000000_bad", "migration.sql"), "CREATE TABLE b (id int);\nSELECT * FROM missing_table;");

    await expect(applyMigrations(url, { dir })).rejects.toThrow(/20000102000000_bad failed/);
    const rows = await query<{ migration_name: string; finished_at: Date | null; logs: string | null }>(
      url,
      'SELECT migration_name, finished_at, logs FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows[0]).toMatchObject({ migration_name: "20000101000000_ok" });
    expect(rows[0].finished_at).not.toBeNull();
    expect(rows[1]).toMatchObject({ migration_name: "20000102000000_bad", finished_at: null });
    expect(rows[1].logs).toMatch(/missing_table/);
    // The whole file ran as one transaction: table b was rolled back with it.
    expect(await query(url, "SELECT to_regclass('public.b') AS t")).toEqual([{ t: null }]);
    await expect(applyMigrations(url, { dir })).rejects.toThrow(/P3009/);
  });

  it("refuses to baseline a non-empty schema without migration history", async () => {
    const url = await freshDatabase();
    await query(url, "CREATE TABLE stray (id int)");
    await expect(applyMigrations(url)).rejects.toThrow(/P3005/);
  });
});

describe("drift check (prisma6 migrate diff)", () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, ["scripts/prisma6.mjs", "drift"], {
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: adminUrl, ...env },
    });

  it("finds no drift between prisma/schema.prisma and prisma/migrations", () => {
    const r = run({});
    expect(r.stdout + r.stderr).toContain("No drift");
    expect(r.status).toBe(0);
  });

  it("exits 2 when the schema has a change no migration contains", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gs-schema-"));
    const changed = readFileSync("prisma/schema.prisma", "utf8").replace(
      "  website        String?\n",
      "  website        String?\n  fax            String?\n",
    );
    expect(changed).toContain("fax");
    writeFileSync(path.join(dir, "schema.prisma"), changed);
    const r = run({ PRISMA_SCHEMA_PATH: path.join(dir, "schema.prisma") });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("fax");
  });
});
