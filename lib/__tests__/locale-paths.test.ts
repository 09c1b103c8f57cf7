// Locale-prefixed paths for server-side links.
import { describe, expect, it } from "vitest";
import { getPathname } from "@/lib/i18n/navigation";

describe("getPathname", () => {
  it("prefixes the locale and keeps the home page short", () => {
    expect(getPathname({ href: "/", locale: "ru" })).toBe("/ru");
    expect(getPathname({ href: "/news/tag/park", locale: "zh" })).toBe("/zh/news/tag/park");
  });
  it("encodes a query and leaves out unset values", () => {
    expect(
      getPathname({ href: { pathname: "/residents", query: { q: "柴油 & co", after: undefined, sort: "newest" } }, locale: "en" }),
    ).toBe("/en/residents?q=%E6%9F%B4%E6%B2%B9+%26+co&sort=newest");
  });
});
