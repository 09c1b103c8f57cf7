import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { RegisterForm } from "@/components/auth/register-form";
import { LANGUAGE_OPTIONS } from "@/lib/i18n/language-options";
import { isLocale } from "@/lib/i18n/routing";
import { countryOptions } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("registerTitle") };
}

export default async function RegisterPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("auth");
  return (
    <>
      <PageHeader title={t("registerTitle")} lead={t("registerLead")} />
      <RegisterForm locale={isLocale(locale) ? locale : "en"} languages={LANGUAGE_OPTIONS} countries={countryOptions(locale)} />
      <p>
        {t("haveAccount")} <Link href="/sign-in">{t("submitSignIn")}</Link>
      </p>
    </>
  );
}
