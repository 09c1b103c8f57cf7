// `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded default.
import { resolveDatabase } from "./lib/dev-database.mjs";
import { applyMigrations } from "./lib/migrate.mjs";

const db = await resolveDatabase();
try {
  const applied = await applyMigrations(db.url, { log: (m) => console.log(m) });
  if (applied.length === 0) console.log("Database schema is up to date.");
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await db.stop();
}
