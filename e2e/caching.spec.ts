// HTTP caching of public pages: what a browser and a shared cache (nginx) are told.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { PUBLIC_PATHS } from "./fixtures";

const PUBLIC = "public, max-age=0, s-maxage=10, stale-while-revalidate=60";

test("public pages tell shared caches they may keep them briefly, and set no cookie", async ({ request }) => {
  for (const path of [...PUBLIC_PATHS, "/residents?q=huawei", "/news/tag/trade", "/news/page/2", "/news/feed.xml"]) {
    const res = await request.get(`/ru${path}`);
    expect(res.status(), path).toBe(200);
    expect(res.headers()["cache-control"], path).toBe(PUBLIC);
    expect(res.headers()["set-cookie"], path).toBeUndefined();
  }
});

test("content pages come from the app's page cache after the first request", async ({ request }) => {
  for (const path of ["", "/park", "/residents/maz-weichai", "/news", "/news/2015-park-opens-first-seven-residents", "/contacts"]) {
    await request.get(`/zh${path}`);
    const again = await request.get(`/zh${path}`);
    expect(again.headers()["x-nextjs-cache"], path).toMatch(/HIT|STALE/);
  }
  // The directory depends on the query, so it is rendered per request.
  expect((await request.get("/zh/residents?q=x")).headers()["x-nextjs-cache"]).toBeUndefined();
});

test("a browser revalidating with the ETag gets 304 and no body", async ({ request }) => {
  const first = await request.get("/en/park");
  const etag = first.headers()["etag"];
  expect(etag).toBeTruthy();
  const again = await request.get("/en/park", { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
});

test("unknown pages are not marked cacheable for long", async ({ request }) => {
  const res = await request.get("/en/no-such-page");
  expect(res.status()).toBe(404);
  expect(res.headers()["cache-control"]).not.toContain("s-maxage=31536000");
});

test("made-up addresses leave nothing in the page cache on disk (no one can fill the disk)", async ({ request }) => {
  const tag = `rnd${Date.now().toString(36)}`;
  for (let i = 0; i < 300; i++) {
    const path = [`/en/residents/${tag}-${i}`, `/ru/news/${tag}-${i}`, `/zh/news/page/${9000 + i}`][i % 3];
    expect((await request.get(path)).status(), path).toBe(404);
  }
  const cached = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? cached(join(dir, e.name)) : [join(dir, e.name)]))
      : [];
  const files = cached(".next/server");
  expect(files.filter((f) => f.includes(tag) || /\/news\/page\/9\d{3}\./.test(f))).toEqual([]);
  // Real pages are still cached.
  await request.get("/en/residents/maz-weichai");
  expect((await request.get("/en/residents/maz-weichai")).headers()["x-nextjs-cache"]).toMatch(/HIT|STALE/);
});
