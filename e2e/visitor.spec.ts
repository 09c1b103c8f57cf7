// A visitor's journey in each language: figures with sources, the directory,
// news with its source, the feed, the language switcher and the 404 page.
import { expect, test } from "@playwright/test";
import { LOCALES } from "./fixtures";

test("the root sends a visitor to the best locale for Accept-Language", async ({ request }) => {
  const ru = await request.get("/", { headers: { "Accept-Language": "ru-RU,ru;q=0.9,en;q=0.5" }, maxRedirects: 0 });
  expect(ru.status()).toBe(307);
  expect(ru.headers().location).toMatch(/\/ru$/);
  const zh = await request.get("/", { headers: { "Accept-Language": "zh-CN,zh;q=0.9" }, maxRedirects: 0 });
  expect(zh.headers().location).toMatch(/\/zh$/);
});

test("health reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toMatchObject({ status: "ok", database: "up" });
});

for (const l of LOCALES) {
  test.describe(`visitor in ${l.locale}`, () => {
    test("home shows key figures, each with a date and a source link", async ({ page }) => {
      await page.goto(`/${l.locale}`);
      await expect(page.getByRole("heading", { level: 2, name: l.figures })).toBeVisible();
      const residents = page.locator('[data-figure="residents"]');
      await expect(residents.locator(".key-figure-value")).toContainText("171");
      await expect(residents.getByRole("link")).toHaveAttribute("href", /news\.by/);
      await expect(residents.locator(".key-figure-meta")).toContainText("2026");
      for (const key of ["countries", "investment_portfolio", "area", "distance_minsk"]) {
        await expect(page.locator(`[data-figure="${key}"] a`)).toHaveAttribute("href", /^https?:\/\//);
      }
      const hreflangs = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((els) => els.map((e) => e.getAttribute("hreflang")));
      expect(hreflangs).toEqual(expect.arrayContaining(["en", "ru", "zh", "x-default"]));
    });

    test("residents filtered by sector and country, then opened", async ({ page }) => {
      await page.goto(`/${l.locale}/residents`);
      await expect(page.getByRole("heading", { level: 1, name: l.residents })).toBeVisible();
      await page.locator("#sector").selectOption({ label: l.sector });
      await page.locator("#country").selectOption({ label: l.country });
      await page.locator('form[role="search"] button[type="submit"]').click();
      await expect(page).toHaveURL(/sector=MECHANICAL_ENGINEERING/);
      await expect(page).toHaveURL(/country=BY/);
      // MAZ-Weichai, and Zoomlion–MAZ: a Chinese joint venture with a Belarusian partner is found under both countries.
      const cards = page.locator(".resident-card");
      await expect(cards).toHaveCount(2);
      await cards.getByRole("link", { name: l.mazWeichai }).click();
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/residents/maz-weichai$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(l.mazWeichai);
      await expect(page.locator(".sources a").first()).toHaveAttribute("href", /mazweichai\.by/);
      await page.goBack();
      await expect(page).toHaveURL(/country=BY/);
      await expect(page.locator("#country")).toHaveValue("BY");
    });

    test("a news article links its original source", async ({ page }) => {
      await page.goto(`/${l.locale}/news`);
      const feedLink = page.locator('link[rel="alternate"][type="application/rss+xml"]');
      await expect(feedLink).toHaveAttribute("href", new RegExp(`/${l.locale}/news/feed.xml$`));
      // The seeded January 2026 article (other specs may publish newer ones).
      await page.locator('.news-card h2 a[href*="/news/2026-171-residents"]').click();
      await expect(page).toHaveURL(new RegExp(`/${l.locale}/news/2026-171-residents`));
      await expect(page.getByRole("link", { name: l.source })).toHaveAttribute("href", /^https:\/\/news\.by\//);
    });

    test("the feed is well-formed RSS in that language", async ({ page, request }) => {
      const res = await request.get(`/${l.locale}/news/feed.xml`);
      expect(res.headers()["content-type"]).toContain("application/rss+xml");
      const xml = await res.text();
      await page.goto(`/${l.locale}/contacts`);
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "application/xml");
        return {
          error: doc.querySelector("parsererror")?.textContent ?? null,
          items: doc.querySelectorAll("channel > item").length,
          language: doc.querySelector("channel > language")?.textContent,
        };
      }, xml);
      expect(parsed.error).toBeNull();
      expect(parsed.items).toBeGreaterThanOrEqual(10);
      expect(parsed.language).toContain(l.locale);
    });

    test("the 404 page is translated and answers 404", async ({ page }) => {
      const res = await page.goto(`/${l.locale}/no-such-page`);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: l.notFound })).toBeVisible();
    });
  });
}

test("the language switcher keeps the current page", async ({ page }) => {
  await page.goto("/en/residents/zoomlion-maz");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(/\/ru\/residents\/zoomlion-maz$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.getByRole("navigation", { name: "Язык" }).getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL(/\/zh\/residents\/zoomlion-maz$/);
  const trail = page.getByRole("navigation", { name: "当前位置" });
  await expect(trail.getByRole("link", { name: "入园企业" })).toHaveAttribute("href", "/zh/residents");
  await expect(trail.locator('[aria-current="page"]')).toHaveText("中联重科–马兹");
});

test("becoming a resident: each statement on /park has its source; no invented step list", async ({ page }) => {
  await page.goto("/ru/park");
  const facts = page.locator("section[aria-labelledby=apply] [data-statement]");
  await expect(facts).toHaveCount(3);
  for (const fact of await facts.all()) {
    const ref = (await fact.locator(".cite a").first().getAttribute("href"))!;
    await expect(page.locator(`.source-list li${ref} a`)).toHaveAttribute("href", /^https?:\/\//);
  }
  await expect(page.getByRole("heading", { name: "Что уточнить в администрации парка" })).toBeVisible();
});

test("a translated text says so and links the original", async ({ page }) => {
  await page.goto("/ru/news/2015-park-opens-first-seven-residents");
  const note = page.locator(".translation-note");
  await expect(note).toHaveText("Перевод с английского: текст оригинала.");
  await expect(note.getByRole("link")).toHaveAttribute("href", "/en/news/2015-park-opens-first-seven-residents");
  await page.goto("/zh/residents/huawei");
  await expect(page.locator(".translation-note")).toHaveText("本文译自英文，查看原文页面。");
  await page.goto("/en/news/2015-park-opens-first-seven-residents");
  await expect(page.locator(".translation-note")).toHaveCount(0);
});

test("the directory says it lists the residents public sources confirm, against the park's dated count", async ({ page }) => {
  await page.goto("/en/residents");
  const scope = page.locator(".directory-scope");
  const [, listed, total] = /(\d+) of the park's (\d+) residents as of [\w ,]+\d{4}\./.exec((await scope.textContent()) ?? "") ?? [];
  expect(Number(total)).toBeGreaterThan(Number(listed));
  await expect(page.locator(".result-count")).toHaveText(`${listed} residents`);
  await expect(scope.locator("a.source-link")).toHaveAttribute("href", /^https:\/\//);
  await expect(scope.getByRole("link", { name: "official site" })).toHaveAttribute("href", "https://en.industrialpark.by/");
});

test("the language switcher keeps the directory's filters", async ({ page }) => {
  await page.goto("/en/residents?sector=MECHANICAL_ENGINEERING&country=BY");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "中文" }).click();
  await expect(page).toHaveURL(/\/zh\/residents\?sector=MECHANICAL_ENGINEERING&country=BY$/);
  await expect(page.locator(".resident-card h2")).toHaveText(["马兹潍柴", "中联重科–马兹"]);
});

test("searching the directory in Cyrillic and Chinese, and an empty result", async ({ page }) => {
  await page.goto("/ru/residents");
  await page.getByLabel("Поиск").fill("двигатели");
  await page.getByLabel("Поиск").press("Enter");
  await expect(page.locator(".resident-card h2")).toContainText(["МАЗ-Вейчай"]);
  // The name as Russian writes it, though the listing's texts spell it in Latin letters.
  await page.goto("/ru/residents?q=" + encodeURIComponent("Хуавэй"));
  await expect(page.locator(".resident-card h2")).toHaveText(["Хуавэй"]);
  await page.goto("/zh/residents?q=%E6%8B%9B%E5%95%86%E5%B1%80");
  // Its own listing and the rail terminal it develops both mention China Merchants.
  await expect(page.locator(".resident-card h2")).toHaveText(["招商局集团", "Eurasian Railway Gateway"]);
  await page.goto("/en/residents?q=nothing-like-this");
  await expect(page.getByText("No resident matches these filters.")).toBeVisible();
});

test("a bad filter in the URL is reported, not a server error", async ({ page }) => {
  const res = await page.goto("/en/residents?sector=SPACE&after=not-a-cursor");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("status").filter({ hasText: "not understood" })).toContainText("sector, after");
});

test("news topics and pages live at paths; old query links are redirected there", async ({ page }) => {
  await page.goto("/en/news");
  await page.getByRole("navigation", { name: "Topics" }).getByRole("link", { name: "Trade" }).click();
  await expect(page).toHaveURL(/\/en\/news\/tag\/trade$/);
  await expect(page.locator(".news-card").first()).toBeVisible();
  await page.goto("/en/news");
  await page.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/en\/news\/page\/2$/);
  await expect(page.getByText("Page 2", { exact: true })).toBeVisible();
  const old = await page.goto("/ru/news?tag=trade&page=1");
  expect(old?.url()).toMatch(/\/ru\/news\/tag\/trade$/);
  expect((await page.goto("/en/news/page/99"))?.status()).toBe(404);
  expect((await page.goto("/en/news/tag/weather"))?.status()).toBe(404);
});
