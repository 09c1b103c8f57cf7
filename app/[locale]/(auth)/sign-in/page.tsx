import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ callbackUrl?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("signInTitle"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("auth");
  return (
    <>
      <PageHeader title={t("signInTitle")} lead={t("signInLead")} />
      <SignInForm callbackUrl={safeCallbackPath((await searchParams).callbackUrl, `/${locale}/account`)} />
      <p>
        <Link href="/forgot-password">{t("forgot")}</Link>
      </p>
      <p>
        {t("noAccount")} <Link href="/register">{t("submitRegister")}</Link>
      </p>
    </>
  );
}
