import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewsEditor } from "@/components/content/news-editor";
import { newsFormValues } from "@/components/content/news-form-values";
import { NEWS_TAGS } from "@/lib/domain";
import { requirePermission } from "@/lib/session";
import { PageHeader } from "@/components/ui/page-header";
import { areaTrail } from "@/components/layout/area-trail";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "newsAdmin" });
  return { title: t("new") };
}

export default async function NewArticlePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, `/${locale}/staff/news/new`, "content:manage");
  const [t, tl, tt] = await Promise.all([getTranslations("newsAdmin"), getTranslations("languages"), getTranslations("tags")]);
  return (
    <>
      <PageHeader
        trail={[...(await areaTrail(locale, "staff", "/staff/news")), { name: t("new"), path: `/${locale}/staff/news/new` }]}
        title={t("new")}
      />
      <NewsEditor
        id={null}
        initial={newsFormValues(null)}
        editHref={`/${locale}/staff/news`}
        languageNames={{ en: tl("en"), ru: tl("ru"), zh: tl("zh"), de: tl("de") }}
        tagNames={Object.fromEntries(NEWS_TAGS.map((tag) => [tag, tt(tag)]))}
      />
    </>
  );
}
