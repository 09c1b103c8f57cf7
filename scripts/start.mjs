// `npm start`: the portal on its database, in one command.
// 1. DATABASE_URL, or the embedded PostgreSQL under DATA_DIR (default .data/);
// 2. migrations applied, content seeded when the database is empty;
// 3. a production build when there is none or the sources changed since;
// 4. a session secret (NEXTAUTH_SECRET, or one generated once and kept in
//    DATA_DIR/nextauth-secret) and, unless SMTP_URL is set, the local mail catcher
//    (SMTP on MAIL_SMTP_PORT, caught mail on MAIL_WEB_PORT; busy defaults are
//    replaced by free ports, and the address is printed);
// 5. the portal's server (scripts/serve.mjs: `next start` plus the client address
//    from TRUSTED_PROXY_HOPS) on PORT (default 3000). Ctrl-C stops the app and the database.
// `npm run dev` does the same with `next dev`.
// Whatever fails on the way stops what start-up had already started (the embedded
// database included) and exits non-zero with one line saying why.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR, EMBEDDED_DEFAULTS, resolveDatabase } from "./lib/dev-database.mjs";
import { applyMigrations } from "./lib/migrate.mjs";
import { runSeed } from "./lib/seed.mjs";
import { startMailCatcher } from "./lib/mail-catcher.mjs";
import { choosePort, portIsFree, StartError } from "./lib/ports.mjs";
import { stopLeftoverServer, takeStartLock } from "./lib/start-lock.mjs";

const dev = process.argv.includes("--dev");
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
  const file = path.join(DATA_DIR, "nextauth-secret");
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

// What start-up has started, stopped in reverse order on any exit.
const started = [];
let child = null;
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  if (child && child.exitCode === null) child.kill("SIGTERM");
  for (const stop of started.reverse()) await stop().catch(() => {});
  process.exit(code);
}

/** One line, never a stack trace: the reason, then everything stopped. */
function fail(error) {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`npm start: ${reason.split("\n")[0]}`);
  return shutdown(1);
}

/** Runs a child to completion while Ctrl-C can still stop it (unlike spawnSync). */
function run(args, env) {
  return new Promise((resolve) => {
    child = spawn(process.execPath, args, { stdio: "inherit", env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function main() {
  const releaseLock = takeStartLock(DATA_DIR);
  started.push(async () => releaseLock());
  const { port } = await choosePort("PORT", 3000, { substitute: false });

  if (!process.env.DATABASE_URL) {
    if (await stopLeftoverServer(EMBEDDED_DEFAULTS.dir))
      console.log("database: stopped the embedded PostgreSQL an earlier start left running");
    if (!(await portIsFree(EMBEDDED_DEFAULTS.port))) {
      throw new StartError(`port ${EMBEDDED_DEFAULTS.port} (EMBEDDED_PG_PORT) is already in use: set EMBEDDED_PG_PORT to a free port`);
    }
  }
  const db = await resolveDatabase({ quiet: true }).catch((error) => {
    throw new StartError(`the database did not start: ${error instanceof Error ? error.message : error}`);
  });
  started.push(db.stop);
  console.log(
    db.embedded ? `database: embedded PostgreSQL (${EMBEDDED_DEFAULTS.dir}, port ${EMBEDDED_DEFAULTS.port})` : "database: DATABASE_URL",
  );

  let mail = null;
  if (!process.env.SMTP_URL) {
    const smtp = await choosePort("MAIL_SMTP_PORT", 1025);
    const web = await choosePort("MAIL_WEB_PORT", 1080);
    mail = await startMailCatcher({ smtpPort: smtp.port, httpPort: web.port, quiet: true });
    started.push(mail.stop);
    const busy = [smtp.substituted && "1025", web.substituted && "1080"].filter(Boolean);
    if (busy.length) console.log(`mail: port ${busy.join(" and ")} busy, so the catcher uses SMTP ${smtp.port} and web ${web.port}`);
    console.log(`mail: caught, not sent; read it at http://localhost:${web.port}`);
  }

  const siteUrl = process.env.SITE_URL ?? `http://localhost:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: db.url,
    NEXT_TELEMETRY_DISABLED: "1",
    SITE_URL: siteUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? siteUrl,
    NEXTAUTH_SECRET: sessionSecret(),
    ...(mail ? { SMTP_URL: mail.smtpUrl } : {}),
  };

  const applied = await applyMigrations(db.url, { log: (m) => console.log(`migrate: ${m}`) }).catch((error) => {
    throw new StartError(`a migration failed: ${error instanceof Error ? error.message : error}`);
  });
  if (applied.length === 0) console.log("migrate: up to date");
  runSeed(db.url, { ifEmpty: true, demoAccounts: db.embedded });
  if (stopping) return;
  if (!dev && !buildIsCurrent()) {
    console.log("build: running next build");
    if ((await run([NEXT, "build"], { ...env, NODE_ENV: "production" })) !== 0)
      throw new StartError("next build failed (its output is above)");
  }
  if (stopping) return;
  child = spawn(process.execPath, dev ? [NEXT, "dev", "-p", String(port)] : ["scripts/serve.mjs", "-p", String(port)], {
    stdio: "inherit",
    env: { ...env, NODE_ENV: dev ? "development" : "production" },
  });
  child.on("exit", (code) => shutdown(code ?? 0));
}

process.on("SIGINT", () => shutdown(0));
process.on("SIGTERM", () => shutdown(0));
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
main().catch(fail);
