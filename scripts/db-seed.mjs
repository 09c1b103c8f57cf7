// `npm run db:seed`: seeds DATABASE_URL or the embedded default (idempotent).
import { resolveDatabase } from "./lib/dev-database.mjs";
import { applyMigrations } from "./lib/migrate.mjs";
import { runSeed } from "./lib/seed.mjs";

const db = await resolveDatabase();
try {
  await applyMigrations(db.url);
  runSeed(db.url, { demoAccounts: db.embedded });
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await db.stop();
}
