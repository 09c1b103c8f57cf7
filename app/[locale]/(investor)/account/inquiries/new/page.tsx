import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InquiryForm } from "@/components/inquiries/inquiry-form";
import { LANGUAGE_OPTIONS } from "@/lib/i18n/language-options";
import { can } from "@/lib/permissions";
import { requireUser } from "@/lib/session";
import { PageHeader } from "@/components/ui/page-header";
import { areaTrail } from "@/components/layout/area-trail";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "inquiries" });
  return { title: t("newTitle") };
}

export default async function NewInquiryPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account/inquiries/new`);
  if (!can(user.role, "inquiry:own")) notFound();
  const t = await getTranslations("inquiries");
  return (
    <>
      <PageHeader
        trail={[
          ...(await areaTrail(locale, "account", "/account/inquiries")),
          { name: t("newTitle"), path: `/${locale}/account/inquiries/new` },
        ]}
        title={t("newTitle")}
        lead={t("newLead")}
      />
      <InquiryForm languages={LANGUAGE_OPTIONS} threadHref={`/${locale}/account/inquiries`} />
    </>
  );
}
