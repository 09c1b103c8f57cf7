// The 503 page the server sends during a database outage: in the path's language,
// and a requested path can neither break out of its markup nor point elsewhere.
import { describe, expect, it } from "vitest";
import { localeOf, unavailablePage } from "./lib/unavailable-page.mjs";

describe("unavailablePage", () => {
  it("speaks the path's language, English otherwise", () => {
    expect(localeOf("/ru/residents")).toBe("ru");
    expect(localeOf("/zh")).toBe("zh");
    expect(localeOf("/api/me")).toBe("en");
    expect(unavailablePage("/ru/residents")).toContain("<h1>Временно недоступно</h1>");
    expect(unavailablePage("/zh/residents")).toContain('<html lang="zh-Hans">');
  });

  it("escapes the path in its retry link and never links off the site", () => {
    const html = unavailablePage('/en/"><script>alert(1)</script>');
    expect(html).not.toContain("<script>");
    expect(html).toContain('href="/en/&#34;&#62;&#60;script&#62;');
    expect(unavailablePage("//evil.example/x")).toContain('<a href="/">');
  });
});
