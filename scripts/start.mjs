// `npm start`: the portal on its database, in one command.
// 1. DATABASE_URL, or the embedded PostgreSQL under .data/ (started here);
// 2. migrations applied, content seeded when the database is empty;
// 3. a production build when there is none or the sources changed since;
// 4. a session secret (NEXTAUTH_SECRET, or one generated once and kept in
//    .data/nextauth-secret) and, unless SMTP_URL is set, the local mail catcher
//    (SMTP on 1025, caught mail at http://localhost:1080);
// 5. `next start` on PORT (default 3000). Ctrl-C stops the app and the database.
// `npm run dev` does 1–2 and runs `next dev` instead.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { resolveDatabase } from "./lib/dev-database.mjs";
import { applyMigrations } from "./lib/migrate.mjs";
import { runSeed } from "./lib/seed.mjs";
import { startMailCatcher } from "./lib/mail-catcher.mjs";

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

/** NEXTAUTH_SECRET, or a local one generated on first start and kept (mode 600). */
function sessionSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = ".data/nextauth-secret";
  if (!existsSync(file)) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main() {
  const db = await resolveDatabase({ quiet: true });
  console.log(db.embedded ? `database: embedded PostgreSQL (.data/postgres)` : "database: DATABASE_URL");
  const siteUrl = process.env.SITE_URL ?? `http://localhost:${port}`;
  const mail = process.env.SMTP_URL ? null : await startMailCatcher({ smtpPort: 1025, httpPort: 1080 });
  if (mail) console.log(`mail: caught, not sent; read it at http://localhost:1080`);
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    NEXT_TELEMETRY_DISABLED: "1",
    SITE_URL: siteUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? siteUrl,
    NEXTAUTH_SECRET: sessionSecret(),
    ...(mail ? { SMTP_URL: mail.smtpUrl } : {}),
  };
  let child;
  const shutdown = async (code = 0) => {
    if (child && child.exitCode === null) child.kill("SIGTERM");
    await mail?.stop().catch(() => {});
    await db.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => shutdown(0));
  process.on("SIGTERM", () => shutdown(0));
  try {
    const applied = await applyMigrations(db.url, { log: (m) => console.log(`migrate: ${m}`) });
    if (applied.length === 0) console.log("migrate: up to date");
    runSeed(db.url, { ifEmpty: true, demoAccounts: db.embedded });
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
