import { describe, expect, it } from "vitest";
import { legacyNewsListRedirect } from "@/lib/legacy-urls";
import { newsListPath, parseNewsListParams } from "@/lib/validations/news-list";

describe("news list paths", () => {
  it("round-trips topic and page through the path", () => {
    for (const list of [{ page: 1 }, { page: 7 }, { tag: "trade" as const, page: 1 }, { tag: "trade" as const, page: 3 }]) {
      const path = newsListPath(list);
      const [, tag, page] = /^\/news(?:\/tag\/([^/]+))?(?:\/page\/(\d+))?$/.exec(path)!;
      expect(parseNewsListParams({ tag, page })).toEqual({ tag: list.tag, page: list.page });
    }
    expect(newsListPath({ tag: "trade", page: 3 })).toBe("/news/tag/trade/page/3");
  });
  it("names no list for unknown topics, page 1 spelled out, or non-numbers", () => {
    for (const raw of [{ tag: "weather" }, { page: "1" }, { page: "0" }, { page: "02" }, { page: "x" }, { page: "100000" }]) {
      expect(parseNewsListParams(raw)).toBeNull();
    }
  });
  it("redirects the old query-string links to the new paths", () => {
    const q = (s: string) => new URLSearchParams(s);
    expect(legacyNewsListRedirect("/ru/news", q("tag=trade&page=2"))).toBe("/ru/news/tag/trade/page/2");
    expect(legacyNewsListRedirect("/en/news", q("page=abc&tag=nope"))).toBe("/en/news");
    expect(legacyNewsListRedirect("/en/news", q(""))).toBeNull();
    expect(legacyNewsListRedirect("/en/residents", q("page=2"))).toBeNull();
  });
});
