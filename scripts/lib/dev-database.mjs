// Resolves the database a script should use: DATABASE_URL when set, otherwise
// the embedded default under DATA_DIR (started here, stopped by the caller).
import { startEmbeddedPostgres } from "./embedded-db.mjs";

/** Where `npm start` keeps its database, session secret and lock (DATA_DIR, default .data). */
export const DATA_DIR = process.env.DATA_DIR || ".data";

export const EMBEDDED_DEFAULTS = {
  dir: `${DATA_DIR}/postgres`,
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
