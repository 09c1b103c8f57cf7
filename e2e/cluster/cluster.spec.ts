// Two instances of the built app on one PostgreSQL, their page cache shared
// through Redis, nginx (deploy/nginx-portal.conf) in front: whichever instance
// answers, a visitor, an investor and a staff member see one consistent portal.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { INVESTOR, signIn, STAFF, unique } from "../accounts";
import { CLUSTER, millisecondsUntil, signInOver } from "./cluster";

const PDF = fileURLToPath(new URL("../fixtures/business-plan.pdf", import.meta.url));

const cached = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, cache: res.headers.get("x-nextjs-cache"), html: await res.text() };
};

/** Loads a public page on an instance until its page cache serves it (a HIT). */
async function warm(url: string) {
  await expect.poll(async () => (await cached(url)).cache, { timeout: 10_000 }).toBe("HIT");
}

async function newResidentOn(page: Page, base: string) {
  const name = `Cluster Optics ${unique()}`;
  const slug = `cluster-optics-${unique()}`;
  await page.goto(`${base}/en/staff/residents/new`);
  await page.getByLabel("Company name").fill(name);
  await page.getByLabel("Address (slug)").fill(slug);
  await page.getByLabel("Country", { exact: true }).selectOption("CN");
  await page.getByLabel("Summary (en)").fill("Optical preforms, first version.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();
  return slug;
}

test("a session started through nginx is honoured by both instances", async ({ page }) => {
  await page.goto(`${CLUSTER.nginx}/en`);
  await signIn(page, "en", STAFF.email, STAFF.password);
  for (const base of [CLUSTER.a, CLUSTER.b, CLUSTER.nginx]) {
    const me = await (await page.request.get(`${base}/api/me`)).json();
    expect(me, base).toMatchObject({ signedIn: true, role: "STAFF" });
  }
  for (const base of [CLUSTER.a, CLUSTER.b]) expect((await page.request.get(`${base}/en/staff`)).status(), base).toBe(200);
});

test.describe("on instance A", () => {
  test.use({ baseURL: CLUSTER.a });

  test("a staff edit on instance A is on instance B's cached pages within a second", async ({ page }) => {
    await signIn(page, "en", STAFF.email, STAFF.password);
    const slug = await newResidentOn(page, CLUSTER.a);
    const onB = `${CLUSTER.b}/en/residents/${slug}`;
    await warm(onB);
    expect((await cached(onB)).html).toContain("Optical preforms, first version.");

    await page.getByLabel("Summary (en)").fill("Optical preforms, corrected on instance A.");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved. The public pages are updated.")).toBeVisible();
    const resident = await millisecondsUntil(async () => (await cached(onB)).html.includes("corrected on instance A"), 5_000);

    // An article published on A: B's news list and nginx's copy (both cached, warmed first) list it.
    await warm(`${CLUSTER.b}/en/news`);
    await expect.poll(async () => (await fetch(`${CLUSTER.nginx}/en/news`)).headers.get("x-cache-status"), { timeout: 10_000 }).toBe("HIT");
    const title = `Cluster article ${unique()}`;
    await page.goto(`${CLUSTER.a}/en/staff/news/new`);
    await page.getByLabel("Address (slug)").fill(`cluster-${unique()}`);
    await page.getByLabel("The park", { exact: true }).check();
    await page.getByLabel("Source name").fill("BelTA");
    await page.getByLabel("Source address").fill("https://eng.belta.by/economics/view/great-stone");
    await page.getByLabel("State").selectOption("PUBLISHED");
    await page.getByLabel("Title (en)").fill(title);
    await page.getByLabel("Summary (en)").fill(`Summary of ${title}.`);
    await page.getByLabel("Body (Markdown) (en)").fill("Published on instance A.");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /^Edit: cluster-/ })).toBeVisible();
    const article = await millisecondsUntil(async () => (await cached(`${CLUSTER.b}/en/news`)).html.includes(title), 5_000);

    // Through nginx, a page may be its s-maxage (10 s) old, never more.
    const throughNginx = await millisecondsUntil(async () => (await cached(`${CLUSTER.nginx}/en/news`)).html.includes(title), 15_000);

    test.info().annotations.push({
      type: "publish-to-visible",
      description: `resident edit on A → B: ${resident} ms; article on A → B's news list: ${article} ms; → nginx: ${throughNginx} ms`,
    });
    console.log(`cluster: ${test.info().annotations.at(-1)!.description}`);
    expect(resident).toBeLessThanOrEqual(1_000);
    expect(article).toBeLessThanOrEqual(1_000);
    expect(throughNginx).toBeLessThanOrEqual(11_000);
  });

  test("a document uploaded on instance A downloads from instance B", async ({ page }) => {
    await signIn(page, "en", INVESTOR.email, INVESTOR.password);
    await page.goto(`${CLUSTER.a}/en/account/proposals`);
    await page.getByRole("button", { name: "Start a new proposal" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Company" })).toBeVisible();
    await page.getByRole("button", { name: "5. Documents" }).click();
    await page.getByLabel("File").setInputFiles(PDF);
    await page.getByRole("button", { name: "Upload" }).click();
    const href = await page.getByRole("link", { name: "business-plan.pdf" }).getAttribute("href");
    const fromB = await page.request.get(`${CLUSTER.b}${href}`);
    expect(fromB.status()).toBe(200);
    expect(Buffer.compare(await fromB.body(), readFileSync(PDF))).toBe(0);
  });
});

test("a rate limit counts the attempts made on both instances together", async ({ request }) => {
  // Wrong passwords for one account from one address: 5 are allowed in 15 minutes
  // (lib/rate-limit.ts), whichever instance takes them.
  const from = { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250) + 1}` };
  const answers = [];
  for (let i = 0; i < 6; i++)
    answers.push(await signInOver(request, i % 2 ? CLUSTER.b : CLUSTER.a, INVESTOR.email, "not-the-password", from));
  expect(answers.slice(0, 5)).toEqual(Array(5).fill({ status: 401, error: "CredentialsSignin" }));
  expect(answers[5]).toEqual({ status: 429, error: "RateLimited" });
});

test("both instances' outbox workers deliver every message exactly once", async () => {
  test.setTimeout(90_000);
  const run = unique();
  const count = 80;
  const db = new pg.Client({ connectionString: process.env.CLUSTER_DATABASE_URL });
  await db.connect();
  try {
    // Queued as the app queues mail: rows in the outbox, delivered by whichever worker claims them.
    await db.query(
      `INSERT INTO "OutboxMessage" (id, "toAddress", subject, text, html)
       SELECT 'cluster-' || $1 || '-' || n, 'cluster-' || $1 || '-' || n || '@example.org', 'Cluster mail ' || n, 'Body ' || n, '<p>Body ' || n || '</p>'
       FROM generate_series(1, $2::int) AS n`,
      [run, count],
    );
    const delivered = async () => {
      const all = (await (await fetch(`${CLUSTER.mailWeb}/api/messages`)).json()) as { to: string[] }[];
      return all.flatMap((m) => m.to).filter((to) => to.startsWith(`cluster-${run}-`));
    };
    await expect.poll(async () => (await delivered()).length, { timeout: 60_000 }).toBeGreaterThanOrEqual(count);
    // Give a duplicate time to show up, then count.
    await new Promise((r) => setTimeout(r, 1_500));
    const addresses = await delivered();
    expect(addresses).toHaveLength(count);
    expect(new Set(addresses).size).toBe(count);
    const { rows } = await db.query(`SELECT status, count(*)::int AS n FROM "OutboxMessage" WHERE id LIKE $1 GROUP BY status`, [
      `cluster-${run}-%`,
    ]);
    expect(rows).toEqual([{ status: "SENT", n: count }]);
  } finally {
    await db.end();
  }
});
