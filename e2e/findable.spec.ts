// What search engines and link previews read: the sitemap with hreflang
// alternates, robots.txt keeping the signed-in areas out, OpenGraph tags with a
// generated image, and JSON-LD that parses and names the original source.
import { expect, test } from "@playwright/test";

const ARTICLE = "/news/2015-park-opens-first-seven-residents";

test("the sitemap lists every public page in every locale with its alternates and dates", async ({ request, baseURL }) => {
  const res = await request.get("/sitemap.xml");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("xml");
  const xml = await res.text();
  for (const locale of ["en", "ru", "zh"]) {
    expect(xml).toContain(`<loc>${baseURL}/${locale}${ARTICLE}</loc>`);
    expect(xml).toContain(`hreflang="${locale}" href="${baseURL}/${locale}/residents/maz-weichai"`);
  }
  expect(xml).toContain(`hreflang="x-default" href="${baseURL}/en/park"`);
  expect(xml).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/);
  expect(xml).not.toMatch(/\/(account|staff|sign-in)/);
});

test("robots.txt keeps the signed-in areas and forms out and names the sitemap", async ({ request, baseURL }) => {
  const text = await (await request.get("/robots.txt")).text();
  expect(text).toContain("Disallow: /en/account");
  expect(text).toContain("Disallow: /zh/staff");
  expect(text).toContain("Disallow: /api/");
  expect(text).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(text).not.toMatch(/Disallow: \/\s*$/m);
});

test("an article carries OpenGraph tags with a generated image and JSON-LD based on its source", async ({ page, request }) => {
  await page.goto(`/ru${ARTICLE}`);
  const og = async (property: string) => page.locator(`meta[property="${property}"]`).getAttribute("content");
  expect(await og("og:type")).toBe("article");
  expect(await og("og:locale")).toBe("ru_RU");
  expect(await og("og:title")).toBe(await page.locator("h1").textContent());
  const image = (await og("og:image"))!;
  expect(await page.locator('meta[name="twitter:card"]').getAttribute("content")).toBe("summary_large_image");
  const picture = await request.get(new URL(image).pathname + new URL(image).search);
  expect(picture.status()).toBe(200);
  expect(picture.headers()["content-type"]).toBe("image/png");
  expect((await picture.body()).subarray(1, 4).toString()).toBe("PNG");

  const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
  expect(blocks.map((b) => b["@type"])).toEqual(["NewsArticle", "BreadcrumbList"]);
  const source = await page.locator(".source-box a").getAttribute("href");
  expect(blocks[0].isBasedOn.url).toBe(source);
  expect(blocks[1].itemListElement.map((i: { position: number }) => i.position)).toEqual([1, 2, 3]);
});

test("the park, directory, news and contact pages carry their own OpenGraph title and description", async ({ page }) => {
  for (const [path, heading] of [
    ["/zh/park", "园区概况"],
    ["/ru/residents", "Компании-резиденты"],
    ["/en/news", "Cooperation news"],
    ["/en/contacts", "Contacts"],
  ]) {
    await page.goto(path);
    const og = async (property: string) => page.locator(`meta[property="${property}"]`).getAttribute("content");
    expect({ path, title: await og("og:title") }).toEqual({ path, title: heading });
    expect({ path, url: await og("og:url") }).toEqual({ path, url: expect.stringContaining(path) });
    expect(await og("og:description")).toBe(await page.locator('meta[name="description"]').getAttribute("content"));
  }
});

test("the home page describes the park as an Organization with its official site", async ({ page }) => {
  await page.goto("/zh");
  const [org] = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
  expect(org).toMatchObject({ "@type": "Organization", name: "中白工业园", sameAs: ["https://en.industrialpark.by/"] });
  expect(await page.locator('meta[property="og:site_name"]').getAttribute("content")).toBe("中白工业园投资者门户");
});

test("a news item the source dates only to a month shows that month, not an invented day", async ({ page }) => {
  await page.goto("/en/news/2024-cpc-delegation-132-residents");
  await expect(page.locator(".card-meta time")).toHaveText("Published April 2024");
  await expect(page.locator(".card-meta time")).toHaveAttribute("datetime", "2024-04");
  const [article] = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((t) => JSON.parse(t));
  expect(article.datePublished).toBe("2024-04");
});
