import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { NewsEditor } from "@/components/content/news-editor";
import { ImageUploader } from "@/components/content/image-uploader";
import { newsFormValues } from "@/components/content/news-form-values";
import { getArticleForEdit } from "@/lib/data/news-admin";
import { NEWS_TAGS } from "@/lib/domain";
import { requirePermission } from "@/lib/session";
import { areaTrail } from "@/components/layout/area-trail";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "newsAdmin" });
  return { title: t("edit") };
}

export default async function EditArticlePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, `/${locale}/staff/news/${id}`, "content:manage");
  const article = await getArticleForEdit(user, id);
  if (!article) notFound();
  const [t, tl, tt] = await Promise.all([getTranslations("newsAdmin"), getTranslations("languages"), getTranslations("tags")]);
  return (
    <>
      <PageHeader
        trail={[
          ...(await areaTrail(locale, "staff", "/staff/news")),
          { name: `${t("edit")}: ${article.slug}`, path: `/${locale}/staff/news/${id}` },
        ]}
        title={`${t("edit")}: ${article.slug}`}
      />
      {article.status === "PUBLISHED" && (
        <p>
          <a href={`/${locale}/news/${article.slug}`}>{article.slug}</a>
        </p>
      )}
      <NewsEditor
        id={article.id}
        initial={newsFormValues(article)}
        editHref={`/${locale}/staff/news`}
        languageNames={{ en: tl("en"), ru: tl("ru"), zh: tl("zh"), de: tl("de") }}
        tagNames={Object.fromEntries(NEWS_TAGS.map((tag) => [tag, tt(tag)]))}
      />
      <ImageUploader
        kind="cover"
        endpoint={`/api/staff/news/${article.id}/cover`}
        imageUrl={article.coverKey ? `/api/staff/news/${article.id}/cover?v=${article.coverKey}` : null}
      />
    </>
  );
}
