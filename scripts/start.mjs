// `npm start`: the portal on its database, in one command.
// 1. DATABASE_URL, or the embedded PostgreSQL under .data/ (started here);
// 2. migrations applied, content seeded when the database is empty;
// 3. a production build when there is none or the sources changed since;
// 4. `next start` on PORT (default 3000). Ctrl-C stops the app and the database.
// `npm run dev` does 1–2 and runs `next dev` instead.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { resolveDatabase } from "./lib/dev-database.mjs";
import { applyMigrations } from "./lib/migrate.mjs";
import { runSeed } from "./lib/seed.mjs";

const dev = process.argv.includes("--dev");
const port = process.env.PORT ?? "3000";
const NEXT = "node_modules/next/dist/bin/next";
const SOURCES = ["app", "components", "lib", "prisma", "proxy.ts", "next.config.js", "package.json"];

function newestMtime(entry) {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) {
    if (child === "generated" || child === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

function buildIsCurrent() {
  const marker = ".next/BUILD_ID";
  if (!existsSync(marker)) return false;
  const built = statSync(marker).mtimeMs;
  return SOURCES.every((s) => newestMtime(s) <= built);
}

async function main() {
  const db = await resolveDatabase({ quiet: true });
  console.log(db.embedded ? `database: embedded PostgreSQL (.data/postgres)` : "database: DATABASE_URL");
  const env = { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1" };
  let child;
  const shutdown = async (code = 0) => {
    if (child && child.exitCode === null) child.kill("SIGTERM");
    await db.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => shutdown(0));
  process.on("SIGTERM", () => shutdown(0));
  try {
    const applied = await applyMigrations(db.url, { log: (m) => console.log(`migrate: ${m}`) });
    if (applied.length === 0) console.log("migrate: up to date");
    runSeed(db.url, { ifEmpty: true });
    if (!dev && !buildIsCurrent()) {
      console.log("build: running next build");
      const r = spawnSync(process.execPath, [NEXT, "build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } });
      if (r.status !== 0) throw new Error("next build failed");
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    await shutdown(1);
  }
  const args = dev ? [NEXT, "dev", "-p", port] : [NEXT, "start", "-p", port];
  child = spawn(process.execPath, args, {
    stdio: "inherit",
    env: { ...env, NODE_ENV: dev ? "development" : "production" },
  });
  child.on("exit", (code) => shutdown(code ?? 0));
}

main();
