// `npm run bench`: the performance harness (see bench/README.md). Not part of
// `npm test`: it takes about a quarter of an hour and wants the machine to itself.
//
//   npm run bench                       everything, scales 1k, 10k and 100k residents
//   npm run bench -- --quick            shorter runs, scales 1k and 10k (a smoke run)
//   npm run bench -- --no-lighthouse    skip Lighthouse
//
// It builds the app and the reference app, creates a fresh database (on
// DATABASE_URL's local server, else an embedded one), and writes its findings
// to bench/results/<date>.md.
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { ensureTools } from "./lib/tools.mjs";
import { get, run, startProcess, waitForHttp } from "./lib/processes.mjs";
import { measure } from "./lib/wrk.mjs";
import { startNginx } from "./lib/nginx.mjs";
import { routeJs, sharedChunks } from "./lib/js-size.mjs";
import { lighthouse } from "./lib/lighthouse.mjs";
import { renderReport } from "./lib/report.mjs";
import { forgotPasswordTiming } from "./lib/forgot-password-timing.mjs";
import { proposalLoad } from "./lib/proposal-load.mjs";
import pg from "pg";
import { applyMigrations } from "../scripts/lib/migrate.mjs";
import { runSeed } from "../scripts/lib/seed.mjs";
import { createDatabase, startTestServer } from "../scripts/lib/test-database.mjs";

const { values: opts } = parseArgs({
  options: { quick: { type: "boolean", default: false }, "no-lighthouse": { type: "boolean", default: false } },
});
const WRK = opts.quick ? { seconds: 3, warmup: 1, runs: 1 } : { seconds: 5, warmup: 2, runs: 3 };
const SCALES = opts.quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
const PORTS = { app: 3300, reference: 3301, nginxStatic: 3302, nginxCache: 3303, appB: 3304 };
const WORK = ".cache/bench";
const env = { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };

const APP = `http://127.0.0.1:${PORTS.app}`;
const CACHE = `http://127.0.0.1:${PORTS.nginxCache}`;
const ARTICLE = "/en/news/2026-171-residents-1-7-billion";
// A filled-in calculator (next year's first profit keeps the address valid as years pass).
const CALCULATOR = `/en/incentives/calculator?calculate=1&totalInvestmentUsd=6000000&firstProfitYear=${new Date().getFullYear() + 1}&annualProfitUsd=1000000&realEstateUsd=2000000&equipmentUsd=1000000&customsDutyPct=5`;
const PAGES = [
  { name: "home", path: "/en", kind: "cached" },
  { name: "park", path: "/en/park", kind: "cached" },
  { name: "residents list", path: "/en/residents", kind: "dynamic" },
  { name: "residents search", path: "/en/residents?q=engines&sector=MECHANICAL_ENGINEERING", kind: "dynamic" },
  { name: "a resident", path: "/en/residents/maz-weichai", kind: "cached" },
  { name: "news list", path: "/en/news", kind: "cached" },
  { name: "an article", path: ARTICLE, kind: "cached" },
  { name: "feed", path: "/en/news/feed.xml", kind: "cached" },
  // Its one client island (live updates, print, start a proposal) has a budget of its own (issue 18).
  { name: "incentive calculator", path: CALCULATOR, kind: "dynamic", jsBudgetKb: 15 },
];
const SCALE_PAGES = [
  { name: "residents, all", path: "/en/residents" },
  { name: "residents, text search", path: "/en/residents?q=engines" },
  { name: "residents, Chinese search", path: `/en/residents?q=${encodeURIComponent("柴油发动机")}` },
  { name: "residents, filters", path: "/en/residents?sector=BIG_DATA&status=OPERATING" },
];

function scaleTo(url, residents) {
  run(
    process.execPath,
    ["node_modules/tsx/dist/cli.mjs", "prisma/seed/scale.ts", "--residents", String(residents), "--news", String(residents / 5)],
    {
      env: { DATABASE_URL: url },
    },
  );
}

function queryBench(url) {
  const out = run(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/queries.ts"], {
    env: { DATABASE_URL: url, BENCH_QUERY_ITERATIONS: opts.quick ? "30" : "200" },
    quiet: true,
  });
  return JSON.parse(out.trim().split("\n").at(-1));
}

async function main() {
  const started = Date.now();
  ensureTools();
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });

  console.log("bench: building the portal and the reference app");
  run(process.execPath, ["node_modules/next/dist/bin/next", "build"], { env, quiet: true });
  run(process.execPath, ["node_modules/next/dist/bin/next", "build", "bench/reference-app"], { env, quiet: true });

  const server = await startTestServer();
  const database = await createDatabase(server.adminUrl, "bench");
  const stops = [];
  try {
    await applyMigrations(database.url);
    runSeed(database.url);
    scaleTo(database.url, SCALES[0]);

    // A real secret so the header's /api/me island answers as in production;
    // no mail is sent during a benchmark.
    const appEnv = {
      ...env,
      DATABASE_URL: database.url,
      SITE_URL: APP,
      NEXTAUTH_URL: APP,
      NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
      BACKGROUND_JOBS: "off",
      // The forgot-password timing and the proposal load send each investor's requests from its own address.
      TRUSTED_PROXY_HOPS: "1",
    };
    const app = startProcess(process.execPath, ["scripts/serve.mjs", "-p", String(PORTS.app), "-H", "127.0.0.1"], {
      env: appEnv,
      logFile: `${WORK}/app.log`,
    });
    stops.push(app.stop);
    const reference = startProcess(
      process.execPath,
      ["node_modules/next/dist/bin/next", "start", "bench/reference-app", "-p", String(PORTS.reference), "-H", "127.0.0.1"],
      {
        env,
        logFile: `${WORK}/reference.log`,
      },
    );
    stops.push(reference.stop);
    await Promise.all([waitForHttp(`${APP}/api/health`), waitForHttp(`http://127.0.0.1:${PORTS.reference}/static`)]);

    // Fill the app's page cache, then save the home page for nginx to serve.
    for (const p of PAGES) for (let i = 0; i < 2; i++) await get(APP + p.path);
    const homeHtml = await (await get(`${APP}/en`)).text();
    const nginx = await startNginx({
      dir: `${WORK}/nginx`,
      staticPort: PORTS.nginxStatic,
      staticFile: homeHtml,
      cachePort: PORTS.nginxCache,
      upstreamPort: PORTS.app,
    });
    stops.push(nginx.stop);
    const cacheStatus = [];
    for (const p of PAGES) {
      await get(CACHE + p.path);
      const res = await get(CACHE + p.path);
      cacheStatus.push({ path: p.path, status: res.headers.get("x-cache-status"), cacheControl: res.headers.get("cache-control") });
    }

    console.log("bench: reference pages and nginx");
    const refs = {
      staticPage: measure(`http://127.0.0.1:${PORTS.reference}/static`, WRK),
      dynamicPage: measure(`http://127.0.0.1:${PORTS.reference}/dynamic`, WRK),
      nginxStatic: measure(`http://127.0.0.1:${PORTS.nginxStatic}/page`, WRK),
    };
    console.log("bench: portal pages, direct and through the nginx cache");
    const pages = PAGES.map((p) => ({ ...p, direct: measure(APP + p.path, WRK), viaNginx: measure(CACHE + p.path, WRK) }));

    writeFileSync(`${WORK}/partial.json`, JSON.stringify({ refs, pages, cacheStatus }, null, 2));
    console.log("bench: JavaScript per route");
    const shared = sharedChunks();
    const js = [];
    for (const p of PAGES.filter((x) => x.name !== "feed"))
      js.push({ name: p.name, budgetKb: p.jsBudgetKb ?? 10, ...(await routeJs(APP + p.path, { shared })) });

    console.log("bench: forgot-password timing, known against unknown address");
    const knownEmail = "bench-known@bench.invalid";
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(
      `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES ('bench-known', $1, 'Bench', '!', 'INVESTOR', now()) ON CONFLICT DO NOTHING`,
      [knownEmail],
    );
    await client.end();
    const forgotTiming = await forgotPasswordTiming(APP, { knownEmail });

    console.log("bench: 200 investors submitting proposals against two instances");
    const appB = startProcess(process.execPath, ["scripts/serve.mjs", "-p", String(PORTS.appB), "-H", "127.0.0.1"], {
      env: appEnv,
      logFile: `${WORK}/app-b.log`,
    });
    stops.push(appB.stop);
    await waitForHttp(`http://127.0.0.1:${PORTS.appB}/api/health`);
    const proposals = await proposalLoad({ bases: [APP, `http://127.0.0.1:${PORTS.appB}`], databaseUrl: database.url, investors: 200 });
    await appB.stop();

    const lighthouseResults = [];
    if (!opts["no-lighthouse"]) {
      console.log("bench: Lighthouse");
      for (const p of ["/en", "/en/residents", ARTICLE, CALCULATOR]) {
        try {
          lighthouseResults.push(lighthouse(APP + p, `${WORK}/lighthouse-${lighthouseResults.length}.json`));
        } catch (error) {
          lighthouseResults.push({ url: APP + p, error: String(error.message).split("\n").slice(0, 3).join(" ") });
        }
      }
    }

    const scales = [];
    for (const residents of SCALES) {
      console.log(`bench: ${residents} residents`);
      scaleTo(database.url, residents);
      scales.push({
        residents,
        news: residents / 5,
        queries: queryBench(database.url),
        pages: SCALE_PAGES.map((p) => ({ ...p, direct: measure(APP + p.path, WRK) })),
      });
    }

    const date = new Date().toISOString().slice(0, 10);
    mkdirSync("bench/results", { recursive: true });
    const file = `bench/results/${date}${opts.quick ? "-quick" : ""}.md`;
    writeFileSync(
      file,
      renderReport({
        forgotTiming,
        proposals,
        date,
        quick: opts.quick,
        wrk: WRK,
        refs,
        pages,
        cacheStatus,
        js,
        lighthouse: lighthouseResults,
        scales,
        minutes: (Date.now() - started) / 60000,
      }),
    );
    writeFileSync(
      `${WORK}/results.json`,
      JSON.stringify({ refs, pages, cacheStatus, js, lighthouse: lighthouseResults, scales, proposals }, null, 2),
    );
    console.log(`bench: wrote ${file} (${((Date.now() - started) / 60000).toFixed(1)} min)`);
  } finally {
    for (const stop of stops.reverse()) await stop();
    await database.drop();
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
