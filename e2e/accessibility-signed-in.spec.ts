// axe-core on the signed-in pages (the investor's account, the back office, the
// admin's pages) in every language: no violations of any impact, no id used
// twice and no form control without a label. Record pages
// are reached through their lists, on the demo seed's inquiry and proposal.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, INVESTOR, STAFF, clientAddress, signIn } from "./accounts";
import { LOCALES } from "./fixtures";

const LABELS = {
  en: { email: "E-mail", password: "Password", submit: "Sign in" },
  ru: { email: "Электронная почта", password: "Пароль", submit: "Войти" },
  zh: { email: "电子邮箱", password: "密码", submit: "登录" },
} as const;

type Area = { who: { email: string; password: string }; pages: string[]; records: { list: string; link: string }[] };

const AREAS: Record<string, Area> = {
  investor: {
    who: INVESTOR,
    pages: ["/account", "/account/inquiries", "/account/inquiries/new", "/account/notifications", "/account/proposals"],
    records: [
      { list: "/account/inquiries", link: "a[href*='/account/inquiries/c']" },
      { list: "/account/proposals", link: "a[href*='/account/proposals/c']" },
    ],
  },
  staff: {
    who: STAFF,
    pages: [
      "/staff",
      "/staff/inquiries",
      "/staff/proposals",
      "/staff/residents",
      "/staff/residents/new",
      "/staff/news",
      "/staff/news/new",
      "/staff/figures",
      "/staff/incentive-rates",
    ],
    records: [
      { list: "/staff/inquiries", link: "a[href*='/staff/inquiries/c']" },
      { list: "/staff/inquiries", link: "a[href*='/staff/investors/c']" },
      { list: "/staff/proposals", link: "a[href*='/staff/proposals/c']" },
      { list: "/staff/residents", link: "a[href*='/staff/residents/c']" },
      { list: "/staff/news", link: "a[href*='/staff/news/c']" },
    ],
  },
  admin: {
    who: ADMIN,
    pages: ["/staff/accounts", "/staff/audit", "/staff/templates", "/staff/templates/new", "/staff/service-clock"],
    records: [{ list: "/staff/templates", link: "a[href*='/staff/templates/c']" }],
  },
};

// What axe does not report (its duplicate-id rules are retired): an id used
// twice, which makes a <label for> point at the wrong element, and a form
// control the browser itself finds no label for (input.labels, as Chromium's
// accessibility tree resolves it).
async function labellingProblems(page: Page) {
  return page.evaluate(() => {
    const problems: string[] = [];
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    for (const [id, count] of seen) if (count > 1) problems.push(`id "${id}" used ${count} times`);
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>("input, select, textarea")) {
      if (el.type === "hidden") continue;
      const named = (el.labels?.length ?? 0) > 0 || el.hasAttribute("aria-label") || el.hasAttribute("aria-labelledby");
      if (!named) problems.push(`unlabelled ${el.tagName.toLowerCase()} name="${el.getAttribute("name") ?? ""}"`);
    }
    return problems;
  });
}

async function violationsOn(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const results = await new AxeBuilder({ page }).analyze();
  return [
    ...results.violations.map((v) => `${path} ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ...(await labellingProblems(page)).map((p) => `${path} ${p}`),
  ];
}

for (const [area, { who, pages, records }] of Object.entries(AREAS)) {
  for (const { locale } of LOCALES) {
    test(`no accessibility violations on the ${area} pages in /${locale}`, async ({ browser }) => {
      test.setTimeout(120_000);
      const context = await browser.newContext({ extraHTTPHeaders: clientAddress() });
      const page = await context.newPage();
      await signIn(page, locale, who.email, who.password, LABELS[locale]);
      const found: string[] = [];
      for (const path of pages) found.push(...(await violationsOn(page, `/${locale}${path}`)));
      for (const { list, link } of records) {
        await page.goto(`/${locale}${list}`);
        const href = await page.locator(link).first().getAttribute("href");
        expect(href, `a record linked from ${list}`).toBeTruthy();
        found.push(...(await violationsOn(page, href!)));
      }
      expect(found).toEqual([]);
      await context.close();
    });
  }
}
