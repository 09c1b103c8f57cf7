// `npm test`: the whole suite, in order, stopping at the first failure.
//   1. eslint and prettier --check   2. tsc --noEmit   3. Vitest (unit + integration on real PostgreSQL)
//   4. next build   5. Playwright in Chromium against the built app (scripts/serve.mjs) on a fresh seeded database
// The database server is DATABASE_URL's (must be local) or an embedded PostgreSQL.
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

const server = await startTestServer();
const database = await createDatabase(server.adminUrl, "e2e");
let status = 1;
try {
  await applyMigrations(database.url);
  runSeed(database.url, { demoAccounts: true });
  console.log(`\n=== playwright`);
  const r = spawnSync(process.execPath, ["node_modules/@playwright/test/cli.js", "test"], {
    stdio: "inherit",
    env: { ...env, E2E_DATABASE_URL: database.url },
  });
  status = r.status ?? 1;
  console.log(`=== playwright: ${status === 0 ? "ok" : "FAILED"}`);
} finally {
  await database.drop();
  await server.stop();
}
process.exit(status);
