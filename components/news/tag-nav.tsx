import { getTranslations } from "next-intl/server";
import { NEWS_TAGS, type NewsTag } from "@/lib/domain";
import { Tabs } from "@/components/ui/tabs";
import { newsListPath } from "@/lib/validations/news-list";

export async function TagNav({ current }: { current?: NewsTag }) {
  const t = await getTranslations();
  return (
    <Tabs
      label={t("news.tagFilter")}
      tabs={[
        { href: "/news", label: t("news.allTags"), current: !current },
        ...NEWS_TAGS.map((tag) => ({ href: newsListPath({ tag }), label: t(`tags.${tag}`), current: current === tag })),
      ]}
    />
  );
}
