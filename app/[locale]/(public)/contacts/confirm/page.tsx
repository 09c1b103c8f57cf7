import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { confirmGuestContact } from "@/lib/data/guest-contacts";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button-link";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ token?: string | string[] }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "contacts" });
  return { title: t("confirmTitle"), robots: { index: false } };
}

// The link e-mailed by the contact form lands here; the token is the authorization
// (single use: opening it again finds the message delivered).
export default async function ConfirmGuestContactPage({ params, searchParams }: Props) {
  setRequestLocale((await params).locale);
  const { token } = await searchParams;
  const t = await getTranslations("contacts");
  const ok = typeof token === "string" && (await confirmGuestContact(token)).ok;
  return (
    <>
      <PageHeader title={t("confirmTitle")} />
      <p role="status" className={ok ? "form-success" : "form-error"}>
        {ok ? t("confirmOk") : t("confirmFailed")}
      </p>
      {!ok && (
        <p>
          <ButtonLink href="/contacts">{t("writeAgain")}</ButtonLink>
        </p>
      )}
    </>
  );
}
