// Content from the back office reaches the cached public pages at once: staff
// create, publish and then edit a resident listing; each change is visible on
// the next public request (on-demand revalidation, not a redeploy).
import { expect, test } from "@playwright/test";
import { dateToMinskLocal } from "../lib/minsk-time";
import { clientAddress, signIn, STAFF, unique } from "./accounts";

test.beforeEach(async ({ page }) => page.setExtraHTTPHeaders(clientAddress()));

test("staff publish a listing and edit its description; the public page follows on the next request", async ({ page, browser }) => {
  const name = `Optical Fibre ${unique()}`;
  const slug = `optical-fibre-${unique()}`;
  await signIn(page, "en", STAFF.email, STAFF.password);
  await page.goto("/en/staff/residents/new");
  await page.getByLabel("Company name").fill(name);
  await page.getByLabel("Address (slug)").fill("Not A Slug");
  await page.getByLabel("Country", { exact: true }).selectOption("CN");
  await page.getByLabel("Summary (en)").fill("Optical fibre preforms for telecom networks.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByLabel("Address (slug)")).toHaveAccessibleDescription(/Use lower-case letters, digits and hyphens\./);
  await page.getByLabel("Address (slug)").fill(slug);
  await expect(page.locator("legend", { hasText: "Russian" })).toContainText("missing");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  expect((await visitor.goto(`/en/residents/${slug}`))?.status()).toBe(404);

  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();
  expect((await visitor.goto(`/en/residents/${slug}`))?.status()).toBe(200);
  await expect(visitor.locator("p.lead")).toHaveText("Optical fibre preforms for telecom networks.");
  // Twice more, so the page is certainly served from the cache now.
  await visitor.reload();
  await visitor.reload();

  await page.getByLabel("Summary (en)").fill("Optical fibre preforms and cables, made in Great Stone.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Saved. The public pages are updated.")).toBeVisible();

  await visitor.reload();
  await expect(visitor.locator("p.lead")).toHaveText("Optical fibre preforms and cables, made in Great Stone.");
  await visitor.goto(`/zh/residents/${slug}`);
  await expect(visitor.locator("p.lead")).toHaveText("Optical fibre preforms and cables, made in Great Stone.");

  // A logo replaces the monogram, served at 1x–3x through the image optimizer.
  const sharp = (await import("sharp")).default;
  const logo = await sharp({ create: { width: 400, height: 400, channels: 3, background: "#8a1c1c" } })
    .png()
    .toBuffer();
  await page.locator("#logo-file").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: logo });
  await page.getByRole("button", { name: "Upload logo" }).click();
  await expect(page.getByTestId("announcer")).toContainText("Logo saved.");
  await visitor.goto(`/en/residents/${slug}`);
  const mark = visitor.locator("h1 img.resident-mark");
  await expect(mark).toHaveJSProperty("complete", true);
  expect(await mark.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  expect(await mark.getAttribute("srcset")).toMatch(/^\/_next\/image\?url=%2Fapi%2Flogos%2F[0-9a-f-]{36}&w=\d+&q=75 1x, /);
});

async function writeArticle(
  page: import("@playwright/test").Page,
  slug: string,
  title: string,
  body: string,
  status: string,
  publishAt = "",
) {
  await page.goto("/en/staff/news/new");
  await page.getByLabel("Address (slug)").fill(slug);
  await page.getByLabel("The park", { exact: true }).check();
  await page.getByLabel("Source name").fill("BelTA");
  await page.getByLabel("Source address").fill("https://eng.belta.by/economics/view/great-stone");
  await page.getByLabel("State").selectOption(status);
  if (publishAt) await page.getByLabel("Publish at (Minsk time)").fill(publishAt);
  await page.getByLabel("Title (en)").fill(title);
  await page.getByLabel("Summary (en)").fill(`Summary of ${title}.`);
  await page.getByLabel("Body (Markdown) (en)").fill(body);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Edit: ${slug}` })).toBeVisible();
}

test("a news body with script and event-handler payloads renders as inert text", async ({ page, browser }) => {
  const slug = `hostile-${unique()}`;
  const body = [
    "A normal **paragraph** with [a link](https://en.industrialpark.by).",
    "<script>window.__pwned = 1; alert('x')</script>",
    '<img src=x onerror="window.__pwned = 2">',
    "[click me](javascript:window.__pwned=3)",
    '<a href="javascript:alert(1)" onclick="window.__pwned=4">html link</a>',
    '<svg onload="window.__pwned=5"></svg><iframe src="javascript:alert(1)"></iframe>',
  ].join("\n\n");
  await signIn(page, "en", STAFF.email, STAFF.password);
  await writeArticle(page, slug, `Hostile ${slug}`, body, "PUBLISHED");
  // The new article opened in its editor, and the save was announced.
  await expect(page.getByTestId("announcer")).toContainText("Saved.");
  await expect(page.locator(".preview").first()).toContainText("A normal paragraph");
  // The author is told, in the preview, what readers will not get.
  const dropped = page.locator(".preview").first().locator(".notice");
  await expect(dropped).toContainText("These parts will not be published");
  await expect(dropped.locator("code")).toContainText(["<script>", "<img src=x", "javascript:window.__pwned=3", "<a href=", "<svg"]);

  const visitor = await (await browser.newContext()).newPage();
  let dialogs = 0;
  visitor.on("dialog", async (d) => {
    dialogs++;
    await d.dismiss();
  });
  await visitor.goto(`/en/news/${slug}`);
  await expect(visitor.locator(".prose strong")).toHaveText("paragraph");
  // The javascript: link survives as text without an address.
  const clickMe = visitor.locator(".prose a", { hasText: "click me" });
  await expect(clickMe).toHaveCount(1);
  expect(await clickMe.getAttribute("href")).toBeNull();
  await clickMe.click();
  expect(await visitor.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const prose = await visitor.locator(".prose").innerHTML();
  expect(prose).not.toMatch(/<script|onerror|onload|onclick|javascript:|<iframe|<svg/i);
  expect(dialogs).toBe(0);
});

test("a news item scheduled a minute ahead appears on the public pages without anyone acting", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const slug = `scheduled-${unique()}`;
  const title = `Scheduled ${slug}`;
  // The next whole minute at least 30 s away (the input has minute precision).
  const at = new Date(Math.ceil((Date.now() + 30_000) / 60_000) * 60_000);
  await signIn(page, "en", STAFF.email, STAFF.password);
  await writeArticle(page, slug, title, "Goes live by itself.", "SCHEDULED", dateToMinskLocal(at));

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto("/en/news");
  await expect(visitor.getByRole("link", { name: title })).toHaveCount(0);
  expect((await visitor.goto(`/en/news/${slug}`))?.status()).toBe(404);
  await expect
    .poll(
      async () => {
        await visitor.goto("/en/news");
        return visitor.getByRole("link", { name: title }).count();
      },
      { timeout: 150_000, intervals: [5_000] },
    )
    .toBe(1);
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime());
  expect((await visitor.goto(`/en/news/${slug}`))?.status()).toBe(200);
});

test("a cover photo uploaded by staff reaches readers as resized AVIF or WebP through next/image", async ({ page, browser }) => {
  const slug = `cover-${unique()}`;
  await signIn(page, "en", STAFF.email, STAFF.password);
  await writeArticle(page, slug, `Cover ${slug}`, "A story with a photo.", "PUBLISHED");
  const sharp = (await import("sharp")).default;
  const photo = await sharp({ create: { width: 2000, height: 1125, channels: 3, background: "#1d4e89" } })
    .jpeg()
    .toBuffer();
  await page.locator("#cover-file").setInputFiles({ name: "harbour.jpg", mimeType: "image/jpeg", buffer: photo });
  await page.getByRole("button", { name: "Upload cover" }).click();
  await expect(page.getByTestId("announcer")).toContainText("Cover saved.");
  await expect(page.locator("img.uploaded-cover")).toBeVisible();

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/en/news/${slug}`);
  const cover = visitor.locator("img.news-cover-article");
  await expect(cover).toHaveJSProperty("complete", true);
  expect(await cover.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // One optimizer address per width, all of the app's own master.
  const srcset = (await cover.getAttribute("srcset")) ?? "";
  const candidates = srcset.split(", ").map((c) => c.split(" ")[0]);
  expect(candidates.length).toBeGreaterThan(2);
  for (const url of candidates) expect(url).toMatch(/^\/_next\/image\?url=%2Fapi%2Fcovers%2F[0-9a-f-]{36}&w=\d+&q=75$/);
  const phone = candidates.find((u) => u.includes("&w=640&"))!;
  const avif = await visitor.request.get(phone, { headers: { Accept: "image/avif,image/webp,*/*" } });
  expect(avif.headers()["content-type"]).toBe("image/avif");
  const webp = await visitor.request.get(phone, { headers: { Accept: "image/webp,*/*" } });
  expect(webp.headers()["content-type"]).toBe("image/webp");
  const { width } = await sharp(await webp.body()).metadata();
  expect(width).toBe(640);
  // The optimizer reads only the image routes, not any page or API of the app.
  expect((await visitor.request.get("/_next/image?url=%2Fapi%2Fme&w=640&q=75")).status()).toBe(400);
  // The card in the list shows it too.
  await visitor.goto("/en/news");
  await expect(visitor.locator("article.news-card", { hasText: `Cover ${slug}` }).locator("img.news-cover-card")).toBeVisible();

  await page.getByRole("button", { name: "Remove cover" }).click();
  await expect(page.getByTestId("announcer")).toContainText("Cover removed.");
  await visitor.goto(`/en/news/${slug}`);
  await expect(visitor.locator("h1")).toHaveText(`Cover ${slug}`);
  await expect(visitor.locator("img.news-cover-article")).toHaveCount(0);
});
