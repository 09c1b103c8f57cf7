import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InquiryForm } from "@/components/inquiries/inquiry-form";
import { LANGUAGE_OPTIONS } from "@/lib/i18n/language-options";
import { can } from "@/lib/permissions";
import { requireUser } from "@/lib/session";

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
      <h1>{t("newTitle")}</h1>
      <p className="lead">{t("newLead")}</p>
      <InquiryForm languages={LANGUAGE_OPTIONS} threadHref={`/${locale}/account/inquiries`} />
    </>
  );
}
