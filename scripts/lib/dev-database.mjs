// Resolves the database a script should use: DATABASE_URL when set, otherwise
// the embedded default under .data/ (started here, stopped by the caller).
import { startEmbeddedPostgres } from "./embedded-db.mjs";

export const EMBEDDED_DEFAULTS = {
  dir: ".data/postgres",
  port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  database: "greatstone",
};

export async function resolveDatabase({ quiet = true } = {}) {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const db = await startEmbeddedPostgres({ ...EMBEDDED_DEFAULTS, quiet });
  return { url: db.url, embedded: true, stop: db.stop };
}
