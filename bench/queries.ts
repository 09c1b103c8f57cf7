// Server-side timings of the directory and news queries, through the real data
// layer, plus EXPLAIN (ANALYZE) of every SQL statement they send. Run by
// bench/run.mjs as: node --conditions=react-server --import tsx bench/queries.ts
// (react-server, because the data layer is server-only). Prints one JSON line.
import pg from "pg";
import { searchResidents } from "@/lib/data/resident-directory";
import { listNews } from "@/lib/data/news";
import { encodeCursor } from "@/lib/keyset";
import { residentSearchSchema } from "@/lib/validations/resident-search";
import { db } from "@/lib/db";

type Captured = { text: string; values: unknown[] };
let capture: Captured[] | null = null;

// Record what the Prisma adapter sends to Postgres (every query passes here).
const clientQuery = pg.Client.prototype.query;
(pg.Client.prototype as unknown as { query: (...a: unknown[]) => unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  if (capture) {
    const first = args[0] as string | { text: string; values?: unknown[] };
    const text = typeof first === "string" ? first : first.text;
    const values = (typeof first === "string" ? args[1] : first.values) as unknown[] | undefined;
    if (/^\s*SELECT/i.test(text)) capture.push({ text, values: values ?? [] });
  }
  return (clientQuery as unknown as (...a: unknown[]) => unknown).apply(this, args);
};

const search = (input: Record<string, unknown>) => residentSearchSchema.parse(input);

async function midCursor(sort: "name" | "newest") {
  // A cursor half-way through the published table: a deep page without walking to it.
  const [row] = await db.$queryRawUnsafe<{ id: string; name: string; since: number | null }[]>(
    `SELECT id, name, "sinceYear" AS since FROM "Resident" WHERE published ORDER BY ${sort === "name" ? "name, id" : `(-COALESCE("sinceYear", 0))::float8, name, id`} OFFSET (SELECT count(*) / 2 FROM "Resident" WHERE published) LIMIT 1`,
  );
  return row ? encodeCursor({ k: sort === "name" ? null : -(row.since ?? 0), n: row.name, i: row.id }) : undefined;
}

async function scenarios() {
  const [afterName, afterNewest] = [await midCursor("name"), await midCursor("newest")];
  return [
    { group: "residents", name: "all, by name", run: () => searchResidents(search({}), "en") },
    { group: "residents", name: "all, newest first", run: () => searchResidents(search({ sort: "newest" }), "en") },
    { group: "residents", name: "all, by investment", run: () => searchResidents(search({ sort: "investment" }), "en") },
    { group: "residents", name: "deep page (middle), by name", run: () => searchResidents(search({ after: afterName }), "en") },
    {
      group: "residents",
      name: "deep page (middle), newest",
      run: () => searchResidents(search({ sort: "newest", after: afterNewest }), "en"),
    },
    { group: "residents", name: "sector", run: () => searchResidents(search({ sector: "MECHANICAL_ENGINEERING" }), "en") },
    {
      group: "residents",
      name: "sector + country + status",
      run: () => searchResidents(search({ sector: "BIG_DATA", country: "DE", status: "OPERATING" }), "en"),
    },
    { group: "residents", name: "text, Latin, common word", run: () => searchResidents(search({ q: "engines" }), "en") },
    { group: "residents", name: "text, Latin, two words", run: () => searchResidents(search({ q: "titan robot" }), "en") },
    { group: "residents", name: "text, every row matches", run: () => searchResidents(search({ q: "export" }), "en") },
    { group: "residents", name: "text, Cyrillic", run: () => searchResidents(search({ q: "двигатели" }), "ru") },
    { group: "residents", name: "text, Chinese", run: () => searchResidents(search({ q: "柴油发动机" }), "zh") },
    {
      group: "residents",
      name: "text + sector, newest",
      run: () => searchResidents(search({ q: "ферменты", sector: "PHARMA_BIOTECH", sort: "newest" }), "ru"),
    },
    { group: "residents", name: "text, no match", run: () => searchResidents(search({ q: "nonexistentword" }), "en") },
    { group: "news", name: "list, page 1", run: () => listNews("en", { page: 1 }) },
    { group: "news", name: "list, topic", run: () => listNews("en", { tag: "trade", page: 1 }) },
    { group: "news", name: "list, page 50", run: () => listNews("en", { page: 50 }) },
  ];
}

const BIG_TABLES = new Set(["Resident", "ResidentTranslation", "NewsArticle", "NewsTranslation"]);

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };

function scans(node: PlanNode, out: string[] = []): string[] {
  if (node["Relation Name"] && BIG_TABLES.has(node["Relation Name"])) {
    out.push(`${node["Node Type"]} on ${node["Relation Name"]}${node["Index Name"] ? ` using ${node["Index Name"]}` : ""}`);
  }
  for (const child of node.Plans ?? []) scans(child, out);
  return out;
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  const iterations = Number(process.env.BENCH_QUERY_ITERATIONS ?? 100);
  const explain = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await explain.connect();
  const results = [];
  for (const s of await scenarios()) {
    for (let i = 0; i < 10; i++) await s.run(); // warm-up: plans, pool, buffers
    const times: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const t0 = performance.now();
      await s.run();
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    capture = [];
    await s.run();
    const statements = capture;
    capture = null;
    const plans = [];
    for (const q of statements) {
      const { rows } = await explain.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${q.text}`, q.values as unknown[]);
      const plan = rows[0]["QUERY PLAN"][0];
      plans.push({ sql: q.text.replace(/\s+/g, " ").slice(0, 160), ms: plan["Execution Time"] as number, scans: scans(plan.Plan) });
    }
    results.push({
      group: s.group,
      name: s.name,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      plans,
      seqScans: plans.flatMap((p) => p.scans.filter((x) => x.startsWith("Seq Scan"))),
    });
  }
  await explain.end();
  await db.$disconnect();
  console.log(JSON.stringify(results));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
