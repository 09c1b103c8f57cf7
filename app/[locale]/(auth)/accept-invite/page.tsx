import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SetPasswordForm } from "@/components/auth/set-password-form";
import { acceptInviteAction } from "@/lib/actions/staff/staff-accounts";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "auth" });
  return { title: t("inviteTitle"), robots: { index: false } };
}

export default async function AcceptInvitePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <>
      <PageHeader title={t("inviteTitle")} lead={t("inviteLead")} />
      <SetPasswordForm
        token={typeof token === "string" ? token : ""}
        signInHref={`/${locale}/sign-in`}
        action={acceptInviteAction}
        passwordLabel={t("password")}
        doneText={t("inviteDone")}
      />
    </>
  );
}
