// The README's default: an embedded PostgreSQL started from the npm package,
// migrated and seeded, with no server installed. Exercised on every test run.
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./lib/embedded-db.mjs";
import { applyMigrations } from "./lib/migrate.mjs";
import { runSeed } from "./lib/seed.mjs";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

// Under .data/ (not /tmp) so that, as root, the `postgres` user can reach it.
mkdirSync(".data", { recursive: true });
const dir = mkdtempSync(path.join(".data", "embedded-smoke-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("embedded default database", () => {
  it("starts, takes the migrations and the seed, serves queries and stops", async () => {
    const db = await startEmbeddedPostgres({ dir: path.join(dir, "pg"), port: await freePort(), database: "greatstone" });
    try {
      expect(await applyMigrations(db.url)).not.toHaveLength(0);
      runSeed(db.url, { ifEmpty: true });
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client.query('SELECT count(*)::int AS n, max(version()) AS v FROM "Resident"');
      await client.end();
      expect(rows[0].n).toBeGreaterThanOrEqual(10);
      expect(rows[0].v).toMatch(/PostgreSQL 17/);
    } finally {
      await db.stop();
    }
  });
});
