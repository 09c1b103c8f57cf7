import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getProfile } from "@/lib/data/accounts";
import { getInvestorOverview } from "@/lib/data/investor-overview";
import { InvestorOverview } from "@/components/account/investor-overview";
import { requireUser } from "@/lib/session";
import { LANGUAGE_OPTIONS } from "@/lib/i18n/language-options";
import { countryOptions } from "@/lib/format";
import { ProfileForm } from "@/components/account/profile-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutOthersButton } from "@/components/account/sign-out-others-button";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "account" });
  return { title: t("title") };
}

export default async function AccountPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account`);
  const [t, profile, overview] = await Promise.all([getTranslations("account"), getProfile(user), getInvestorOverview(user)]);
  return (
    <>
      <PageHeader title={t("title")} />
      <p className="muted">{profile.email}</p>
      {overview && <InvestorOverview overview={overview} />}
      <section aria-labelledby="profile">
        <h2 id="profile">{t("profileTitle")}</h2>
        <ProfileForm
          languages={LANGUAGE_OPTIONS}
          countries={countryOptions(locale)}
          profile={{ name: profile.name, company: profile.company ?? "", country: profile.country ?? "", locale: profile.locale }}
        />
      </section>
      <section aria-labelledby="password">
        <h2 id="password">{t("passwordTitle")}</h2>
        <ChangePasswordForm signInHref={`/${locale}/sign-in?callbackUrl=${encodeURIComponent(`/${locale}/account`)}`} />
      </section>
      <section aria-labelledby="sessions">
        <h2 id="sessions">{t("sessionsTitle")}</h2>
        <p>{t("sessionsLead")}</p>
        <SignOutOthersButton />
      </section>
    </>
  );
}
