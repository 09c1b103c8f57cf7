// PostgreSQL goes away under a running portal and comes back. The test owns the
// database (an embedded PostgreSQL it stops and starts) and one app instance on
// it. While the database is down: cached public pages still answer 200; pages
// that need the database answer a translated 503 with Retry-After and no stack
// trace; a form says nothing was saved and keeps what was typed; sign-in says
// why it cannot. When it is back, the same requests succeed without a restart.
import { spawn, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import { startEmbeddedPostgres } from "../../scripts/lib/embedded-db.mjs";
import { applyMigrations } from "../../scripts/lib/migrate.mjs";
import { runSeed } from "../../scripts/lib/seed.mjs";
import { INVESTOR, signIn } from "../accounts";
import { millisecondsUntil, signInOver } from "./cluster";

const PG_PORT = 54360;
const PG_DIR = ".data/outage-postgres";
const APP = "http://127.0.0.1:3230";

let database: { url: string; stop: () => Promise<void> };
let app: ChildProcess;

const startDatabase = () => startEmbeddedPostgres({ dir: PG_DIR, port: PG_PORT, database: "portal" });

test.describe.configure({ mode: "serial" });
test.use({ baseURL: APP });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  database = await startDatabase();
  await applyMigrations(database.url);
  runSeed(database.url, { demoAccounts: true });
  app = spawn(process.execPath, ["scripts/serve.mjs", "-p", new URL(APP).port, "-H", "127.0.0.1"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      REDIS_URL: "",
      SITE_URL: APP,
      NEXTAUTH_URL: APP,
      NEXTAUTH_SECRET: "outage-only-secret-0123456789abcdef0123456789",
      SMTP_URL: "smtp://127.0.0.1:9",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  await millisecondsUntil(async () => (await fetch(`${APP}/api/health`).catch(() => null))?.status === 200, 60_000);
});

test.afterAll(async () => {
  app?.kill("SIGTERM");
  await database?.stop().catch(() => {});
});

test("while PostgreSQL is down: 503 pages, cached pages, a form that keeps its input; all well again after", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  // Before: the park page is in the page cache; the investor has the inquiry form open.
  for (let i = 0; i < 2; i++) await fetch(`${APP}/en/park`);
  await signIn(page, "en", INVESTOR.email, INVESTOR.password);
  await page.goto("/en/account/inquiries/new");
  await page.getByLabel("Topic").selectOption("LAND_PREMISES");
  await page.getByLabel("Subject").fill("Rail siding during an outage");
  await page.getByLabel("Message").fill("We need 5 ha with a rail siding. What is available?");

  await database.stop();

  const expected = {
    en: "Temporarily unavailable",
    ru: "Временно недоступно",
    zh: "暂时无法访问",
  };
  for (const [locale, title] of Object.entries(expected)) {
    const res = await fetch(`${APP}/${locale}/residents`);
    const html = await res.text();
    expect(res.status, locale).toBe(503);
    expect(Number(res.headers.get("retry-after")), locale).toBeGreaterThan(0);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).not.toMatch(/\bat \S+ \(|Error:|prisma|ECONNREFUSED/i);
  }
  // A signed-in page, asked for by the browser.
  const account = await page.request.get("/en/account");
  expect(account.status()).toBe(503);
  // The cached public page is still served, and the API says what is wrong.
  expect((await fetch(`${APP}/en/park`)).status).toBe(200);
  expect((await fetch(`${APP}/api/health`)).status).toBe(503);
  expect((await fetch(`${APP}/api/me`)).status).toBe(200); // signed out: no database needed

  // The open form: a translated "nothing was saved", and what was typed stays.
  await page.getByRole("button", { name: "Send inquiry" }).click();
  await expect(page.locator("form [role=alert]").first()).toContainText("Nothing was saved");
  await expect(page.getByLabel("Subject")).toHaveValue("Rail siding during an outage");

  // Signing in says why it cannot: 503 from the endpoint, a translated message in the form.
  expect(await signInOver(request, APP, INVESTOR.email, INVESTOR.password)).toEqual({ status: 503, error: "Unavailable" });
  const visitor = await (await browser.newContext({ baseURL: APP })).newPage();
  if ((await visitor.goto("/en/sign-in"))?.status() === 200) {
    await visitor.getByLabel("E-mail").fill(INVESTOR.email);
    await visitor.getByLabel("Password", { exact: true }).fill(INVESTOR.password);
    await visitor.getByRole("button", { name: "Sign in" }).click();
    await expect(visitor.locator("form [role=alert]")).toContainText("cannot reach its database");
  }

  database = await startDatabase();
  const recovered = await millisecondsUntil(async () => (await fetch(`${APP}/en/residents`)).status === 200, 30_000);
  console.log(`outage: pages served again ${recovered} ms after PostgreSQL accepted connections, with no restart of the app`);

  // The same form, untouched since the failure, goes through now (one inquiry: its key is the form's).
  await page.getByRole("button", { name: "Send inquiry" }).click();
  await expect(page).toHaveURL(/\/en\/account\/inquiries\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name: "Rail siding during an outage" })).toBeVisible();
  expect((await page.request.get("/en/account")).status()).toBe(200);
});
