import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { verifyEmail } from "@/lib/data/accounts";
import { ResendVerificationForm } from "@/components/auth/resend-verification-form";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button-link";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("verifyTitle"), robots: { index: false } };
}

// The e-mailed link lands here; the token itself is the authorization (single use).
export default async function VerifyEmailPage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  const ok = typeof token === "string" && (await verifyEmail(token)).ok;
  return (
    <>
      <PageHeader title={t("verifyTitle")} />
      <p role="status" className={ok ? "form-success" : "form-error"}>
        {ok ? t("verifyOk") : t("verifyFailed")}
      </p>
      {!ok && <ResendVerificationForm />}
      <p>
        <ButtonLink href="/sign-in">{t("submitSignIn")}</ButtonLink>
      </p>
    </>
  );
}
