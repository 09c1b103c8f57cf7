import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { resetPasswordAction } from "@/lib/actions/account/reset-password";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("resetTitle"), robots: { index: false } };
}

export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <>
      <PageHeader title={t("resetTitle")} />
      <SetPasswordForm
        token={typeof token === "string" ? token : ""}
        signInHref={`/${locale}/sign-in`}
        action={resetPasswordAction}
        passwordLabel={t("newPassword")}
        doneText={t("resetDone")}
      />
    </>
  );
}
