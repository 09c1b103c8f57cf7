// End-to-end tests in a real Chromium against `next start` (a production build).
// scripts/test.mjs builds the app and prepares a seeded database (E2E_DATABASE_URL).
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// The project's SMTP catcher: the app's outbox delivers to it, tests read it over HTTP.
export const MAIL_SMTP_PORT = port + 25;
export const MAIL_WEB_URL = `http://127.0.0.1:${port + 26}`;

// Debian's Chromium where present (Playwright's own download is unreachable here);
// otherwise Playwright's browser, for laptops after `npx playwright install chromium`.
const executablePath = process.env.CHROMIUM_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

export default defineConfig({
  testDir: "e2e",
  // Run by playwright.cluster.config.ts, against servers of their own.
  testIgnore: ["cluster/**"],
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  // The html report keeps the screenshots e2e/layout.spec.ts attaches (playwright-report/, a CI artifact).
  reporter: [["list"], ["html", { open: "never" }]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      command: `node scripts/mail-catcher.mjs ${MAIL_SMTP_PORT} ${port + 26}`,
      url: `${MAIL_WEB_URL}/api/messages`,
      reuseExistingServer: false,
      timeout: 15_000,
    },
    {
      command: `node scripts/serve.mjs -p ${port} -H 127.0.0.1`,
      url: `${baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        DATABASE_URL: process.env.E2E_DATABASE_URL ?? process.env.DATABASE_URL ?? "",
        SITE_URL: baseURL,
        NEXTAUTH_URL: baseURL,
        NEXTAUTH_SECRET: "e2e-only-secret-0123456789abcdef0123456789",
        SMTP_URL: `smtp://127.0.0.1:${MAIL_SMTP_PORT}`,
        BACKGROUND_POLL_MS: "250",
        // Each test speaks as its own client through two made-up proxies (e2e/accounts.ts).
        TRUSTED_PROXY_HOPS: "2",
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  ],
});
