import { getTranslations } from "next-intl/server";
import { NEWS_TAGS, type NewsTag } from "@/lib/domain";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { newsListPath } from "@/lib/validations/news-list";

export async function TagNav({ current }: { current?: NewsTag }) {
  const t = await getTranslations();
  return (
    <nav aria-label={t("news.tagFilter")} className="tag-nav">
      <ul>
        <li>
          <Link href="/news" aria-current={current ? undefined : "page"}>
            {t("news.allTags")}
          </Link>
        </li>
        {NEWS_TAGS.map((tag) => (
          <li key={tag}>
            <Link href={newsListPath({ tag })} aria-current={current === tag ? "page" : undefined}>
              {t(`tags.${tag}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
