// axe-core on every public page in every language: no serious or critical violations.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { LOCALES, PUBLIC_PATHS } from "./fixtures";

for (const { locale } of LOCALES) {
  for (const path of PUBLIC_PATHS) {
    test(`no serious accessibility violations on /${locale}${path}`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
}
