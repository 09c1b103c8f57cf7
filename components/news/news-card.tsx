import { getFormatter, getTranslations } from "next-intl/server";
import { formatPublished, isoDateOf } from "@/lib/format";
import type { NewsListItem } from "@/lib/data/news";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { FallbackNote } from "@/components/ui/fallback-note";
import { newsListPath } from "@/lib/validations/news-list";
import type { NewsTag } from "@/lib/domain";
import { NewsCover } from "./news-cover";
import { Card } from "@/components/ui/card";

/** `heading`: h2 where the card list sits right under the page's h1, h3 under a section heading. */
export async function NewsCard({ item, heading: Heading = "h3" }: { item: NewsListItem; heading?: "h2" | "h3" }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <Card as="article" className="news-card">
      {item.cover && <NewsCover cover={item.cover} use="card" />}
      <p className="card-meta">
        <time dateTime={isoDateOf(item.publishedAt, item.publishedPrecision)}>
          {formatPublished(format, item.publishedAt, item.publishedPrecision)}
        </time>
        {" · "}
        {item.sourceName}
      </p>
      <Heading lang={item.textLocale}>
        <Link href={`/news/${item.slug}`}>{item.title}</Link>
      </Heading>
      <p lang={item.textLocale}>{item.summary}</p>
      {item.isFallback && <FallbackNote textLocale={item.textLocale} />}
      <ul className="tags" aria-label={t("news.tagFilter")}>
        {item.tags.map((tag) => (
          <li key={tag}>
            <Link href={newsListPath({ tag: tag as NewsTag })}>{t(`tags.${tag}` as "tags.park")}</Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
