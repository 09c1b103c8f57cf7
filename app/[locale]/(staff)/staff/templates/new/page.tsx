import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TemplateEditor } from "@/components/service-clock/template-editor";
import { requirePermission } from "@/lib/session";
import { PageHeader } from "@/components/ui/page-header";
import { areaTrail } from "@/components/layout/area-trail";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "templates" });
  return { title: t("new") };
}

export default async function NewTemplatePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, `/${locale}/staff/templates/new`, "service:manage");
  const [t, tl] = await Promise.all([getTranslations("templates"), getTranslations("languages")]);
  return (
    <>
      <PageHeader
        trail={[...(await areaTrail(locale, "staff", "/staff/templates")), { name: t("new"), path: `/${locale}/staff/templates/new` }]}
        title={t("new")}
      />
      <TemplateEditor
        id={null}
        initial={{ title: "", bodies: { en: "", ru: "", zh: "" }, version: 0 }}
        languageNames={{ en: tl("en"), ru: tl("ru"), zh: tl("zh") }}
        listHref={`/${locale}/staff/templates`}
      />
    </>
  );
}
