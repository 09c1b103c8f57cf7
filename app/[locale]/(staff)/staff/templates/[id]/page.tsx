import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TemplateEditor } from "@/components/service-clock/template-editor";
import { DeleteTemplateButton } from "@/components/service-clock/delete-template-button";
import { getAnswerTemplate } from "@/lib/data/answer-templates";
import { requirePermission } from "@/lib/session";
import { PageHeader } from "@/components/ui/page-header";
import { areaTrail } from "@/components/layout/area-trail";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "templates" });
  return { title: t("edit") };
}

export default async function EditTemplatePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, `/${locale}/staff/templates/${id}`, "service:manage");
  const template = await getAnswerTemplate(user, id);
  if (!template) notFound();
  const tl = await getTranslations("languages");
  return (
    <>
      <PageHeader
        trail={[
          ...(await areaTrail(locale, "staff", "/staff/templates")),
          { name: template.title, path: `/${locale}/staff/templates/${id}` },
        ]}
        title={template.title}
      />
      <TemplateEditor
        id={template.id}
        initial={{
          title: template.title,
          bodies: { en: template.bodyEn, ru: template.bodyRu, zh: template.bodyZh },
          version: template.version,
        }}
        languageNames={{ en: tl("en"), ru: tl("ru"), zh: tl("zh") }}
        listHref={`/${locale}/staff/templates`}
      />
      <DeleteTemplateButton id={template.id} title={template.title} listHref={`/${locale}/staff/templates`} />
    </>
  );
}
