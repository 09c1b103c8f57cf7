// Every statement the park, home and contact pages make carries numbered
// references to a sources list on the same page, in every language (issue 15);
// lib/__tests__/statements.test.ts checks the data, this checks the pages.
import { expect, test } from "@playwright/test";
import { STATEMENTS } from "../lib/content/statements";

const PAGES = [
  { path: "", page: "home" },
  { path: "/park", page: "park" },
  { path: "/contacts", page: "contacts" },
] as const;

const countOf = (page: keyof typeof STATEMENTS) =>
  Object.values(STATEMENTS[page]).reduce((n, section) => n + Object.keys(section).length, 0);

for (const locale of ["en", "ru", "zh"])
  for (const { path, page } of PAGES)
    test(`/${locale}${path}: each statement cites an entry of the page's sources list`, async ({ page: browser }) => {
      await browser.goto(`/${locale}${path}`);
      const statements = browser.locator("[data-statement]");
      await expect(statements).toHaveCount(countOf(page));
      const sources = browser.locator(".source-list li");
      const listed = new Set(await sources.evaluateAll((items) => items.map((li) => `#${li.id}`)));
      const problems = await statements.evaluateAll(
        (nodes, ids) =>
          nodes.flatMap((node) => {
            const refs = [...node.querySelectorAll(".cite a")].map((a) => a.getAttribute("href"));
            const text = node.textContent?.trim() ?? "";
            if (refs.length === 0) return [`${node.getAttribute("data-statement")}: no reference`];
            if (text.length < 5) return [`${node.getAttribute("data-statement")}: no text`];
            return refs.filter((r) => !ids.includes(r ?? "")).map((r) => `${node.getAttribute("data-statement")}: ${r} not in the list`);
          }),
        [...listed],
      );
      expect(problems).toEqual([]);
      // Every listed source is cited and links to the original.
      for (const id of listed) await expect(browser.locator(`.cite a[href="${id}"]`).first()).toBeAttached();
      for (const link of await sources.locator("a").all()) expect(await link.getAttribute("href")).toMatch(/^https?:\/\//);
    });
