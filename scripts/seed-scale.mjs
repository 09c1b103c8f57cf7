// `npm run seed:scale -- --residents 100000 --news 20000`: load-test rows on
// DATABASE_URL or the embedded default (see prisma/seed/scale.ts).
import { spawnSync } from "node:child_process";
import { resolveDatabase } from "./lib/dev-database.mjs";
import { applyMigrations } from "./lib/migrate.mjs";

const db = await resolveDatabase();
try {
  await applyMigrations(db.url);
  const r = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "prisma/seed/scale.ts", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: db.url },
  });
  if (r.status !== 0) process.exitCode = r.status ?? 1;
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await db.stop();
}
