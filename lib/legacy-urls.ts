// Early news-list links carried the topic and page in the query string
// (/en/news?tag=trade&page=2); lists now live at paths so they can be cached.
// Old links are sent, permanently, to the same list at its new path.
import { NEWS_TAGS, type NewsTag } from "@/lib/domain";
import { locales } from "@/lib/i18n/routing";
import { newsListPath } from "@/lib/validations/news-list";

const NEWS_LIST = new RegExp(`^/(${locales.join("|")})/news/?$`);

export function legacyNewsListRedirect(pathname: string, query: URLSearchParams): string | null {
  const match = NEWS_LIST.exec(pathname);
  if (!match || (!query.has("tag") && !query.has("page"))) return null;
  const tag = query.get("tag");
  const page = Number(query.get("page"));
  const path = newsListPath({
    tag: NEWS_TAGS.includes(tag as NewsTag) ? (tag as NewsTag) : undefined,
    page: Number.isInteger(page) && page > 1 && page <= 10_000 ? page : undefined,
  });
  return `/${match[1]}${path}`;
}
