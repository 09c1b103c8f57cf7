// `npm run seed:scale -- --residents 100000 --news 20000`: brings the synthetic
// load-test rows (slugs "scale-…") to exactly these counts, adding or removing
// only its own rows, then refreshes planner statistics. The curated content is
// left alone. Bulk inserts go through pg with unnest(): Prisma's createMany
// would do, but 100k residents with 300k translations take minutes that way.
import { parseArgs } from "node:util";
import pg from "pg";
import { SCALE_PREFIX, scaleNews, scaleResident, scaleSlug } from "./scale-data.ts";

const BATCH = 2000;
const LOCALES = ["en", "ru", "zh"] as const;

async function currentCount(client: pg.PoolClient, table: string, kind: "r" | "n") {
  const { rows } = await client.query(`SELECT count(*)::int AS n FROM "${table}" WHERE slug LIKE $1`, [`${SCALE_PREFIX}${kind}-%`]);
  return rows[0].n as number;
}

async function insertResidents(client: pg.PoolClient, from: number, to: number) {
  for (let start = from; start < to; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, to - start) }, (_, k) => scaleResident(start + k));
    const col = <K extends keyof (typeof rows)[number]>(k: K) => rows.map((r) => r[k]);
    await client.query(
      `INSERT INTO "Resident" (id, slug, name, country, sector, status, "sinceYear", "investmentUsd", jobs, published, "searchText", "originalLocale", "updatedAt")
       SELECT id, slug, name, country, sector::"Sector", status::"ResidentStatus", since, inv, jobs, pub, st, 'en', now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[], $8::float8[], $9::int[], $10::bool[], $11::text[])
         AS t(id, slug, name, country, sector, status, since, inv, jobs, pub, st)`,
      [
        col("id"),
        col("slug"),
        col("name"),
        col("country"),
        col("sector"),
        col("status"),
        col("sinceYear"),
        col("investmentUsd"),
        col("jobs"),
        col("published"),
        col("searchText"),
      ],
    );
    const tr = rows.flatMap((r) => LOCALES.map((l) => [r.id, l, r.text[l].summary, r.text[l].description] as const));
    await client.query(
      `INSERT INTO "ResidentTranslation" ("residentId", locale, summary, description)
       SELECT rid, loc::"ContentLocale", s, d FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(rid, loc, s, d)`,
      [tr.map((t) => t[0]), tr.map((t) => t[1]), tr.map((t) => t[2]), tr.map((t) => t[3])],
    );
  }
}

async function insertNews(client: pg.PoolClient, from: number, to: number) {
  for (let start = from; start < to; start += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, to - start) }, (_, k) => scaleNews(start + k));
    await client.query(
      `INSERT INTO "NewsArticle" (id, slug, "originalLocale", status, "publishedAt", "sourceName", "sourceUrl", tags, "updatedAt")
       SELECT id, slug, 'en', status::"NewsStatus", pub, 'Load test', 'https://example.org/' || slug, string_to_array(tags, ','), now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::timestamptz[], $5::text[]) AS t(id, slug, status, pub, tags)`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.slug),
        rows.map((r) => r.status),
        rows.map((r) => r.publishedAt),
        rows.map((r) => r.tags.join(",")),
      ],
    );
    const tr = rows.flatMap((r) => LOCALES.map((l) => [r.id, l, r.text[l].title, r.text[l].summary, r.text[l].body] as const));
    await client.query(
      `INSERT INTO "NewsTranslation" ("articleId", locale, title, summary, body)
       SELECT aid, loc::"ContentLocale", ti, s, b FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS t(aid, loc, ti, s, b)`,
      [0, 1, 2, 3, 4].map((k) => tr.map((t) => t[k])),
    );
  }
}

/** Adds rows count..want-1, or removes rows want.. (highest indices first). */
async function ensure(client: pg.PoolClient, table: string, kind: "r" | "n", want: number, insert: typeof insertNews) {
  const have = await currentCount(client, table, kind);
  if (have < want) await insert(client, have, want);
  if (have > want)
    await client.query(`DELETE FROM "${table}" WHERE slug LIKE $1 AND slug >= $2`, [`${SCALE_PREFIX}${kind}-%`, scaleSlug(kind, want)]);
  return { before: have, after: want };
}

export async function seedScale(databaseUrl: string, want: { residents: number; news: number }) {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const residents = await ensure(client, "Resident", "r", want.residents, insertResidents);
    const news = await ensure(client, "NewsArticle", "n", want.news, insertNews);
    await client.query("COMMIT");
    // Fresh statistics, or the planner judges 100k rows by the 1k it last saw.
    await client.query(`ANALYZE "Resident"; ANALYZE "ResidentTranslation"; ANALYZE "NewsArticle"; ANALYZE "NewsTranslation"`);
    return { residents, news };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
    await pool.end();
  }
}

async function main() {
  const { values } = parseArgs({ options: { residents: { type: "string", default: "1000" }, news: { type: "string", default: "200" } } });
  const want = { residents: Number(values.residents), news: Number(values.news) };
  for (const [k, v] of Object.entries(want)) {
    if (!Number.isInteger(v) || v < 0 || v > 1_000_000) throw new Error(`--${k} must be a whole number from 0 to 1000000`);
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const started = Date.now();
  const result = await seedScale(url, want);
  console.log(
    `seed:scale: residents ${result.residents.before} → ${result.residents.after}, news ${result.news.before} → ${result.news.after} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

if (process.argv[1]?.endsWith("scale.ts")) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
