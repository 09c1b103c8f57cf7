import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ResidentEditor } from "@/components/content/resident-editor";
import { residentFormValues } from "@/components/content/resident-form-values";
import { requirePermission } from "@/lib/session";
import { countryOptions } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { areaTrail } from "@/components/layout/area-trail";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "residentAdmin" });
  return { title: t("new") };
}

export default async function NewResidentPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission(locale, `/${locale}/staff/residents/new`, "content:manage");
  const [t, tl] = await Promise.all([getTranslations("residentAdmin"), getTranslations("languages")]);
  const languageNames = { en: tl("en"), ru: tl("ru"), zh: tl("zh"), de: tl("de") };
  return (
    <>
      <PageHeader
        trail={[...(await areaTrail(locale, "staff", "/staff/residents")), { name: t("new"), path: `/${locale}/staff/residents/new` }]}
        title={t("new")}
      />
      <ResidentEditor
        id={null}
        initial={residentFormValues(null)}
        languageNames={languageNames}
        editHref={`/${locale}/staff/residents`}
        countries={countryOptions(locale)}
      />
    </>
  );
}
