// RSS 2.0 rendering for the news feed: pure, so it is unit-tested without a server.
// `url`: the portal's article; `sourceUrl`: the original it retells (RSS <source>).
export type FeedItem = { title: string; summary: string; url: string; publishedAt: Date; sourceName: string; sourceUrl: string };
export type Feed = { title: string; description: string; link: string; selfUrl: string; language: string; items: FeedItem[] };

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);
}

export function renderRss(feed: Feed): string {
  const items = feed.items
    .map(
      (i) => `    <item>
      <title>${escapeXml(i.title)}</title>
      <link>${escapeXml(i.url)}</link>
      <guid isPermaLink="true">${escapeXml(i.url)}</guid>
      <pubDate>${i.publishedAt.toUTCString()}</pubDate>
      <description>${escapeXml(i.summary)}</description>
      <source url="${escapeXml(i.sourceUrl)}">${escapeXml(i.sourceName)}</source>
    </item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(feed.link)}</link>
    <description>${escapeXml(feed.description)}</description>
    <language>${escapeXml(feed.language)}</language>
    <atom:link href="${escapeXml(feed.selfUrl)}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`;
}
