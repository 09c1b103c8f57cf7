// The portal as a reader sees it (issue 16): screenshots of the main pages at
// phone (390 px) and desktop (1280 px) width in all three languages, attached to
// the report (playwright-report/, kept as CI artifacts; not compared pixel by
// pixel), and on every one of them:
// - the header is one row at most 64 px tall (on a phone the navigation folds
//   behind the menu button; on a desktop every item of the row sits side by side);
// - the page does not scroll sideways, on a phone or a desktop;
// - no heading meant to be seen is squeezed out of sight (a stray selector once hid every h3);
// - the admin's back office, with the most links, keeps one row from 1024 px up.
import { expect, test, type Page, type TestInfo } from "@playwright/test";
import en from "../lib/i18n/messages/en.json" with { type: "json" };
import ru from "../lib/i18n/messages/ru.json" with { type: "json" };
import zh from "../lib/i18n/messages/zh.json" with { type: "json" };
import { ADMIN, clientAddress, registerAndVerify, signIn, STAFF, unique } from "./accounts";

const CATALOGS = { en, ru, zh } as const;
const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
] as const;
const PUBLIC_PAGES = [
  ["home", ""],
  ["park", "/park"],
  ["residents", "/residents"],
  ["resident", "/residents/zoomlion-maz"],
  ["news", "/news"],
  ["article", "/news/2015-park-opens-first-seven-residents"],
  ["sign-in", "/sign-in"],
  ["register", "/register"],
  [
    "calculator",
    `/incentives/calculator?calculate=1&totalInvestmentUsd=6000000&firstProfitYear=${new Date().getFullYear() + 1}&annualProfitUsd=1000000&realEstateUsd=2000000&equipmentUsd=1000000&customsDutyPct=5`,
  ],
] as const;

type Viewport = { name: string; width: number; height: number };

async function checkAndShoot(page: Page, info: TestInfo, viewport: Viewport, name: string) {
  const m = await page.evaluate(() => {
    const header = document.querySelector(".site-header")!.getBoundingClientRect();
    // The row's visible items: the brand, the menu button or the panel's parts.
    const items = [...document.querySelectorAll(".header-row > .brand, .header-row > .menu-button, .menu-panel > *")]
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => {
        const r = e.getBoundingClientRect();
        return { top: Math.round(r.top), bottom: Math.round(r.bottom) };
      });
    // Headings a reader should see but cannot: rendered, not meant to be hidden, yet squeezed to a pixel.
    const squeezed = [...document.querySelectorAll("h1, h2, h3")]
      .filter((e) => e.getClientRects().length > 0 && !e.closest(".visually-hidden") && !e.classList.contains("visually-hidden"))
      .filter((e) => e.getBoundingClientRect().height <= 1)
      .map((e) => e.textContent);
    return { height: header.height, items, squeezed, scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth };
  });
  expect({ name, squeezed: m.squeezed }).toEqual({ name, squeezed: [] });
  expect({ name, header: m.height <= 64 }).toEqual({ name, header: true });
  // One row: every item overlaps every other vertically.
  const lowestTop = Math.max(...m.items.map((i) => i.top));
  const highestBottom = Math.min(...m.items.map((i) => i.bottom));
  expect({ name, oneRow: lowestTop < highestBottom }).toEqual({ name, oneRow: true });
  expect({ name, sideways: m.scrollWidth > m.width }).toEqual({ name, sideways: false });
  await info.attach(`${name}-${viewport.name}.png`, { body: await page.screenshot(), contentType: "image/png" });
}

for (const viewport of VIEWPORTS)
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });
    // Each test its own client address, so per-address limits (registration) count per test.
    test.beforeEach(({ page }) => page.setExtraHTTPHeaders(clientAddress()));

    for (const locale of ["en", "ru", "zh"] as const) {
      test(`public pages in ${locale}`, async ({ page }, info) => {
        for (const [name, path] of PUBLIC_PAGES) {
          await page.goto(`/${locale}${path}`);
          await checkAndShoot(page, info, viewport, `${name}-${locale}`);
        }
      });

      test(`the investor's pages in ${locale}`, async ({ page }, info) => {
        const t = CATALOGS[locale];
        const email = `layout-${unique()}@example.com`;
        await registerAndVerify(page, email, "layout-check-2026");
        await signIn(page, locale, email, "layout-check-2026", {
          email: t.auth.email,
          password: t.auth.password,
          submit: t.auth.submitSignIn,
        });
        await page.goto(`/${locale}/account`);
        await checkAndShoot(page, info, viewport, `account-${locale}`);
        await page.goto(`/${locale}/account/proposals`);
        await page.getByRole("button", { name: t.proposals.new }).click();
        await expect(page.getByRole("heading", { level: 2 })).toHaveCount(1);
        await checkAndShoot(page, info, viewport, `proposal-step-${locale}`);
      });

      test(`the staff inbox in ${locale}`, async ({ page }, info) => {
        const t = CATALOGS[locale];
        await signIn(page, locale, STAFF.email, STAFF.password, {
          email: t.auth.email,
          password: t.auth.password,
          submit: t.auth.submitSignIn,
        });
        await page.goto(`/${locale}/staff/inquiries`);
        await checkAndShoot(page, info, viewport, `staff-inbox-${locale}`);
      });
    }

    test("the menu button opens and closes the navigation on a phone", async ({ page }) => {
      test.skip(viewport.name !== "phone", "a phone-width behaviour");
      await page.goto("/ru/park");
      const button = page.getByRole("button", { name: "Меню" });
      await expect(button).toHaveAttribute("aria-expanded", "false");
      await expect(page.getByRole("navigation", { name: "Основная навигация" })).toBeHidden();
      await button.click();
      await expect(button).toHaveAttribute("aria-expanded", "true");
      const nav = page.getByRole("navigation", { name: "Основная навигация" });
      await expect(nav.getByRole("link", { name: "О парке" })).toHaveAttribute("aria-current", "page");
      await page.keyboard.press("Escape");
      await expect(button).toHaveAttribute("aria-expanded", "false");
      await expect(nav).toBeHidden();
    });
  });

for (const locale of ["en", "ru", "zh"] as const)
  test(`the admin's back office keeps one header row from 1024 px up in ${locale}`, async ({ page }, info) => {
    await page.setExtraHTTPHeaders(clientAddress());
    const t = CATALOGS[locale];
    await signIn(page, locale, ADMIN.email, ADMIN.password, {
      email: t.auth.email,
      password: t.auth.password,
      submit: t.auth.submitSignIn,
    });
    for (const width of [1024, 1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/${locale}/staff/templates`);
      await checkAndShoot(page, info, { name: `${width}`, width, height: 900 }, `admin-templates-${locale}`);
    }
  });
