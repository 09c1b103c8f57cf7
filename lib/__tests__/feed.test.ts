import { describe, expect, it } from "vitest";
import { escapeXml, renderRss } from "@/lib/feed";

describe("renderRss", () => {
  const xml = renderRss({
    title: "News & <views>",
    description: "d",
    link: "http://x/en/news",
    selfUrl: "http://x/en/news/feed.xml",
    language: "en",
    items: [
      {
        title: 'A "quoted" <b>title</b>',
        summary: "s & t",
        url: "http://x/en/news/a?b=1&c=2",
        publishedAt: new Date("2026-01-29T09:00:00Z"),
        sourceName: "News.by",
        sourceUrl: "https://news.by/news/ekonomika/1-7-mlrd?x=1&y=2",
      },
    ],
  });

  it("escapes every text and attribute", () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
    expect(xml).toContain("<title>News &amp; &lt;views&gt;</title>");
    expect(xml).toContain("<link>http://x/en/news/a?b=1&amp;c=2</link>");
    expect(xml).not.toMatch(/<b>/);
  });
  it("is RSS 2.0 with RFC 822 dates and a self link", () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(xml).toContain("<pubDate>Thu, 29 Jan 2026 09:00:00 GMT</pubDate>");
    expect(xml).toContain('rel="self" type="application/rss+xml"');
  });
  it("names the original as the item's source, not the portal's own article", () => {
    expect(xml).toContain('<source url="https://news.by/news/ekonomika/1-7-mlrd?x=1&amp;y=2">News.by</source>');
  });
});
