// `npm test`: the whole suite, in order, stopping at the first failure.
//   1. eslint and prettier --check   2. tsc --noEmit   3. Vitest (unit + integration on real PostgreSQL)
//   4. next build   5. Playwright in Chromium against the built app (scripts/serve.mjs) on a fresh seeded database
//   6. the scale-out tests (playwright.cluster.config.ts): two instances sharing their page cache in
//      Redis behind nginx, and a database outage on an embedded PostgreSQL the test stops and starts
// The database server is DATABASE_URL's (must be local) or an embedded PostgreSQL. Step 6 needs
// nginx (apt-get install -y nginx-light) and Redis (REDIS_URL, default 127.0.0.1:6379).
import { spawnSync } from "node:child_process";
import { applyMigrations } from "./lib/migrate.mjs";
import { runSeed } from "./lib/seed.mjs";
import { createDatabase, startTestServer } from "./lib/test-database.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function step(name, args, extraEnv = {}) {
  console.log(`\n=== ${name}`);
  const started = Date.now();
  const r = spawnSync(process.execPath, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  console.log(`=== ${name}: ${r.status === 0 ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (r.status !== 0) process.exit(r.status ?? 1);
}

step("eslint", ["node_modules/eslint/bin/eslint.js", "."]);
step("prettier --check", ["node_modules/prettier/bin/prettier.cjs", "--check", "--log-level", "warn", "."]);
step("typecheck", ["node_modules/typescript/bin/tsc", "--noEmit"]);
step("vitest", ["node_modules/vitest/vitest.mjs", "run"]);
step("next build", ["node_modules/next/dist/bin/next", "build"], { NODE_ENV: "production" });

/** Runs a Playwright config against a fresh seeded database, handed over in `envName`. */
async function playwright(name, config, envName, adminUrl) {
  const database = await createDatabase(adminUrl, name);
  try {
    await applyMigrations(database.url);
    runSeed(database.url, { demoAccounts: true });
    console.log(`\n=== ${name}`);
    const started = Date.now();
    const r = spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "test", "-c", config], {
      stdio: "inherit",
      env: { ...env, [envName]: database.url },
    });
    console.log(`=== ${name}: ${r.status === 0 ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return r.status ?? 1;
  } finally {
    await database.drop();
  }
}

const server = await startTestServer();
let status = 1;
try {
  status = await playwright("playwright", "playwright.config.ts", "E2E_DATABASE_URL", server.adminUrl);
  if (status === 0) status = await playwright("cluster", "playwright.cluster.config.ts", "CLUSTER_DATABASE_URL", server.adminUrl);
} finally {
  await server.stop();
}
process.exit(status);
