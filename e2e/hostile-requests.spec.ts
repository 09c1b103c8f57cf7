// Malformed addresses and requests from other sites, against the running portal:
// a translated page or a 4xx, never a 500.
import { expect, test } from "@playwright/test";
import { LOCALES } from "./fixtures";

test("addresses that are not valid percent-encoding get the translated not-found page", async ({ request }) => {
  for (const { locale, notFound } of LOCALES) {
    for (const path of [`/${locale}/%ff`, `/${locale}/residents/%ff`, `/${locale}/news/%E0%A4%A`, `/${locale}/news/page/%ff`]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(404);
      expect(await res.text(), path).toContain(notFound);
    }
  }
  expect((await request.get("/api/documents/%ff")).status()).toBe(400);
});

test("hostile query strings get a page, not an error", async ({ request }) => {
  for (const path of [
    "/en/residents?after=%ff%fe",
    "/en/residents?q=%00",
    "/en/residents?after=eyJrIjoxfQ&before=x",
    "/ru/residents?country=%00&sector=%ff",
  ]) {
    expect((await request.get(path)).status(), path).toBeLessThan(500);
  }
});

test("a server action posted from another site is refused with 403", async ({ request }) => {
  const res = await request.post("/en/register", {
    headers: { "Next-Action": "7f00000000000000000000000000000000000000aa", Origin: "http://evil.example", "Content-Type": "text/plain" },
    data: "[]",
  });
  expect(res.status()).toBe(403);
});
