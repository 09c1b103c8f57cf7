// The incentive calculator as an investor uses it (issue 18): fill the form in
// each language and read the saving (checked against arithmetic written out
// here, on the seeded rates), follow the inputs live, print one page, start a
// proposal with the figures; bad input gets its message on its field; staff add
// a dated rate and the calculator lists it with its source.
import { expect, test, type Page } from "@playwright/test";
import en from "../lib/i18n/messages/en.json" with { type: "json" };
import ru from "../lib/i18n/messages/ru.json" with { type: "json" };
import zh from "../lib/i18n/messages/zh.json" with { type: "json" };
import { clientAddress, INVESTOR, signIn, staffPage, unique } from "./accounts";

const CATALOGS = { en, ru, zh } as const;
const FIRST = new Date().getFullYear() + 1;

/**
 * The seeded rates, by hand: 20 % profit tax; in the park none for ten years from
 * the first year with profit, then half; benefits until 14 June 2062 (165 of 365
 * days of that year). USD 1 million profit a year, no growth.
 */
function expectedSaving(first: number, profit = 1_000_000) {
  const general = profit * 0.2;
  let saving = 0;
  for (let year = first; year < 2062; year++) saving += year < first + 10 ? general : general / 2;
  const covered = 165 / 365;
  saving += first + 10 > 2062 ? general * covered : (general / 2) * covered;
  return Math.round(saving);
}
const digits = (s: string | null) => (s ?? "").replace(/\D/g, "");

async function fill(page: Page, locale: keyof typeof CATALOGS, values: Record<string, string>) {
  const fields = CATALOGS[locale].calculator.fields;
  for (const [name, value] of Object.entries(values)) await page.getByLabel(fields[name as keyof typeof fields]).fill(value);
}

for (const locale of ["en", "ru", "zh"] as const) {
  test(`calculator in ${locale}: fill, read the saving, see the rates with their sources`, async ({ page }) => {
    const c = CATALOGS[locale].calculator;
    await page.goto(`/${locale}/incentives/calculator`);
    await expect(page.getByRole("heading", { level: 1, name: c.title })).toBeVisible();
    await expect(page.getByTestId("disclaimer")).toContainText(c.disclaimer);
    await fill(page, locale, { totalInvestmentUsd: "6000000", firstProfitYear: String(FIRST), annualProfitUsd: "1000000" });
    await page.getByRole("button", { name: c.calculate }).click();
    await expect(page).toHaveURL(/totalInvestmentUsd=6000000/);
    await expect(page.getByTestId("saving")).toHaveText(/\d/);
    expect(digits(await page.getByTestId("saving").textContent())).toBe(String(expectedSaving(FIRST)));
    // Eligible by the general rule, with the minimum's source.
    await expect(page.getByTestId("eligibility")).toContainText(c.eligibility.meets_general.split("{")[0]);
    await expect(page.getByTestId("eligibility").getByRole("link", { name: "Orbitax" })).toHaveAttribute("href", /orbitax\.com/);
    // One row per year to 2062 in the table, plus the chart.
    await expect(page.locator(".calculator-table tbody tr")).toHaveCount(2062 - FIRST + 1);
    await expect(page.getByRole("img", { name: c.chart.title })).toBeVisible();
    // Every rate with its source; the secondary ones marked.
    const exemption = page.getByTestId("rate-PARK_PROFIT_EXEMPT_YEARS");
    await expect(exemption.getByRole("link")).toHaveAttribute("href", "https://dbwc.eu/en/great-stone");
    await expect(exemption.locator(".secondary-mark")).toContainText(c.rates.secondary);
    await expect(page.getByTestId("rate-GENERAL_PROFIT_TAX").locator(".secondary-mark")).toHaveCount(0);
  });
}

test("the result follows the inputs without a click, and the address reproduces it", async ({ page }) => {
  await page.goto(`/en/incentives/calculator?calculate=1&totalInvestmentUsd=6000000&firstProfitYear=${FIRST}&annualProfitUsd=1000000`);
  const before = digits(await page.getByTestId("saving").textContent());
  await page.getByLabel(en.calculator.fields.annualProfitUsd).fill("2000000");
  await expect(page).toHaveURL(/annualProfitUsd=2000000/);
  // A value that is wrong while being typed shows its message in place: no reload (the page keeps its state).
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.getByLabel(en.calculator.fields.profitGrowthPct).fill("99");
  await expect(page.getByLabel(en.calculator.fields.profitGrowthPct)).toHaveAccessibleDescription(
    new RegExp(escape(en.validation.percentRange)),
  );
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  await page.getByLabel(en.calculator.fields.profitGrowthPct).fill("");
  await expect.poll(async () => digits(await page.getByTestId("saving").textContent())).toBe(String(expectedSaving(FIRST, 2_000_000)));
  expect(before).toBe(String(expectedSaving(FIRST)));
  // Opened afresh, the address shows the same result.
  await page.goto(page.url());
  expect(digits(await page.getByTestId("saving").textContent())).toBe(String(expectedSaving(FIRST, 2_000_000)));
});

test("a valid address answers 200, also with a first year with profit that has passed (it never expires); so does the empty form", async ({
  page,
}) => {
  for (const first of [FIRST, 2020]) {
    const response = await page.goto(
      `/en/incentives/calculator?calculate=1&totalInvestmentUsd=6000000&firstProfitYear=${first}&annualProfitUsd=1000`,
    );
    expect(response!.status()).toBe(200);
    await expect(page.getByTestId("saving")).toBeVisible();
  }
  expect((await page.goto("/en/incentives/calculator"))!.status()).toBe(200);
});

test("a project below the minimum is told by how much, and no saving is shown", async ({ page }) => {
  await page.goto(
    `/ru/incentives/calculator?calculate=1&totalInvestmentUsd=3000000&investmentFirst3YearsUsd=400000&firstProfitYear=${FIRST}&annualProfitUsd=1`,
  );
  expect(digits(await page.getByTestId("eligibility").textContent())).toContain("2000000");
  await expect(page.getByText(ru.calculator.belowNoSaving)).toBeVisible();
  await expect(page.getByTestId("saving")).toHaveCount(0);
});

test("bad input gets a translated message on its field, never a server error", async ({ page }) => {
  for (const locale of ["en", "ru", "zh"] as const) {
    const v = CATALOGS[locale].validation;
    const c = CATALOGS[locale].calculator;
    const response = await page.goto(
      `/${locale}/incentives/calculator?calculate=1&totalInvestmentUsd=-5&firstProfitYear=2070&annualProfitUsd=abc&profitGrowthPct=500&equipmentUsd=100`,
    );
    // The page with its messages, answered as refused input.
    expect(response!.status()).toBe(400);
    await expect(page.getByLabel(c.fields.totalInvestmentUsd)).toHaveAccessibleDescription(new RegExp(escape(v.wholeNumber)));
    await expect(page.getByLabel(c.fields.firstProfitYear)).toHaveAccessibleDescription(new RegExp(escape(v.yearRange.split("{")[0])));
    await expect(page.getByLabel(c.fields.firstProfitYear)).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel(c.fields.profitGrowthPct)).toHaveAccessibleDescription(new RegExp(escape(v.percentRange)));
    await expect(page.getByLabel(c.fields.customsDutyPct)).toHaveAccessibleDescription(new RegExp(escape(v.rateRequired)));
    await expect(page.getByText(c.fixErrors)).toBeVisible();
  }
});

test("print gives one page: the figures entered, the result and the table, without the form", async ({ page }) => {
  // The longest sheet: every field filled, Russian labels, and a first year that has passed, so the table runs from this year.
  await page.goto(
    "/ru/incentives/calculator?calculate=1&totalInvestmentUsd=6000000&investmentFirst3YearsUsd=2000000&firstProfitYear=2020&annualProfitUsd=1000000&profitGrowthPct=3&realEstateUsd=2000000&landValueUsd=500000&landTaxPct=1.1&equipmentUsd=1500000&customsDutyPct=5&bynPerUsd=3.1&discountPct=8",
  );
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".calculator-form")).toBeHidden();
  await expect(page.locator(".calculator-rates")).toBeHidden();
  await expect(page.locator(".calculator-inputs")).toBeVisible();
  await expect(page.locator(".calculator-inputs")).toContainText(ru.calculator.fields.totalInvestmentUsd);
  await expect(page.getByTestId("saving")).toBeVisible();
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBe(1);
});

test("a signed-in investor starts a proposal with the figures; a visitor is asked to sign in first", async ({ browser }) => {
  const query = `calculate=1&projectType=rd&totalInvestmentUsd=750000&firstProfitYear=${FIRST}&annualProfitUsd=100000`;
  const visitor = await browser.newPage({ extraHTTPHeaders: clientAddress() });
  await visitor.goto(`/ru/incentives/calculator?${query}`);
  await visitor.getByRole("button", { name: ru.calculator.startProposal }).click();
  await expect(visitor.locator(".calculator-start").getByRole("alert")).toContainText(ru.calculator.startSignIn);
  await expect(visitor.locator(".calculator-start").getByRole("link", { name: ru.calculator.startSignInLink })).toHaveAttribute(
    "href",
    `/ru/sign-in?callbackUrl=${encodeURIComponent(`/ru/incentives/calculator?${query}`)}`,
  );
  await visitor.close();

  const context = await browser.newContext({ extraHTTPHeaders: clientAddress() });
  const page = await context.newPage();
  await signIn(page, "en", INVESTOR.email, INVESTOR.password);
  await page.goto(`/en/incentives/calculator?${query}`);
  await page.getByRole("button", { name: en.calculator.startProposal }).click();
  await page.waitForURL(/\/en\/account\/proposals\/[a-z0-9]+$/);
  await page.getByRole("button", { name: en.proposals.next }).click();
  await expect(page.getByLabel(en.proposals.rdProject)).toBeChecked();
  await page.getByRole("button", { name: en.proposals.next }).click();
  await expect(page.getByLabel("Total investment (USD)")).toHaveValue("750000");
  // Step 3 leads back to the calculator with the figures.
  await expect(page.getByRole("link", { name: en.proposals.calculatorLink })).toHaveAttribute(
    "href",
    "/en/incentives/calculator?projectType=rd&totalInvestmentUsd=750000",
  );
  // Those figures fill the form in; nothing is checked until the investor calculates.
  const fromProposal = await page.goto("/en/incentives/calculator?projectType=rd&totalInvestmentUsd=750000");
  expect(fromProposal!.status()).toBe(200);
  await expect(page.getByLabel(en.calculator.fields.totalInvestmentUsd)).toHaveValue("750000");
  await expect(page.getByLabel(en.calculator.projectTypes.rd)).toBeChecked();
  await expect(page.locator(".field-error")).toHaveCount(0);
  await expect(page.getByText(en.calculator.empty)).toBeVisible();
  await context.close();
});

test("staff add a dated rate; the calculator lists it from its year with its source, and history keeps the old one", async ({
  browser,
}) => {
  const staff = await staffPage(browser);
  const [source, recheck] = [`https://example.org/vat-${unique()}`, `https://example.org/vat-${unique()}`];
  await staff.goto("/en/staff/incentive-rates");
  const card = staff.getByTestId("rate-card-IMPORT_VAT");
  await card.locator("summary", { hasText: en.incentiveRates.addFor.split("{")[0] }).click();
  const form = card.getByRole("form");
  await form.getByLabel(en.incentiveRates.value).fill("22");
  await form.getByLabel(en.incentiveRates.effectiveFrom).fill("2061-01-01");
  await form.getByLabel(en.incentiveRates.sourceUrl).fill(source);
  await form.getByLabel(en.incentiveRates.checkedOn).fill("2026-11-24");
  await form.getByRole("button", { name: en.incentiveRates.add }).click();
  await expect(form.getByRole("status")).toHaveText(en.incentiveRates.added);
  // A second click on the same form is checked against the row it just added, not refused.
  await form.getByLabel(en.incentiveRates.sourceUrl).fill(recheck);
  await form.getByLabel(en.incentiveRates.checkedOn).fill("2026-11-25");
  await form.getByRole("button", { name: en.incentiveRates.add }).click();
  await card.getByText(en.incentiveRates.history).click();
  for (const url of [source, recheck]) await expect(card.locator(`tbody a[href="${url}"]`)).toHaveCount(1);
  await expect(card.locator('tbody a[href="https://investinbelarus.by/en/tax-system"]')).toHaveCount(1);

  const page = await staff.context().newPage();
  await page.goto(`/en/incentives/calculator`);
  // The re-check replaced the first entry for 2061: one later value is listed, with the newer source.
  const later = page.getByTestId("rate-IMPORT_VAT").filter({ hasText: "2061" });
  await expect(later).toHaveCount(1);
  await expect(later).toContainText("22%");
  await expect(later.getByRole("link")).toHaveAttribute("href", recheck);
  await staff.context().close();
});

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
