import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { publicPageMetadata } from "@/lib/seo";
import { isLocale } from "@/lib/i18n/routing";
import { LANGUAGE_OPTIONS } from "@/lib/i18n/language-options";
import { numberSources } from "@/lib/content/statements";
import { PARK_OFFICIAL_SITE } from "@/lib/structured-data";
import { CitedStatements } from "@/components/sources/cited-statements";
import { SourceList } from "@/components/sources/source-list";
import { ParkLocationMap } from "@/components/maps/park-location-map";
import { ClientMessages } from "@/components/forms/client-messages";
import { GuestContactForm } from "@/components/inquiries/guest-contact-form";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string }> };

// The Administration's own page on its functions and contacts, and the park's official site.
const ADMINISTRATION_SITE = "https://info.onestation.by/administraciya-parka/funkcii-administracii-parka";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "contacts" });
  return publicPageMetadata(locale, "/contacts", t("title"), t("lead"));
}

export default async function ContactsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tAll] = await Promise.all([getTranslations("contacts"), getTranslations()]);
  const numbers = numberSources("contacts", ["admin", "developer", "location"]);
  return (
    <>
      <PageHeader
        title={t("title")}
        lead={t("lead")}
        trail={[
          { name: tAll("nav.home"), path: `/${locale}` },
          { name: t("title"), path: `/${locale}/contacts` },
        ]}
      />
      <div className="contacts-layout">
        <Card as="section" aria-labelledby="contact-form-title">
          <h2 id="contact-form-title">{t("formTitle")}</h2>
          <p className="muted">{t("formLead")}</p>
          <ClientMessages namespaces={["contacts", "inquiries", "validation", "forms"]}>
            <GuestContactForm locale={isLocale(locale) ? locale : "en"} languages={LANGUAGE_OPTIONS} />
          </ClientMessages>
        </Card>
        <div>
          <section aria-labelledby="official-contacts">
            <h2 id="official-contacts">{t("officialContacts")}</h2>
            <p className="muted">{t("officialNote")}</p>
            <h3>{t("adminTitle")}</h3>
            <CitedStatements page="contacts" section="admin" numbers={numbers} />
            <p>
              <a href={ADMINISTRATION_SITE} rel="noopener noreferrer external">
                {t("adminLink")}
              </a>
            </p>
            <h3>{t("developerTitle")}</h3>
            <CitedStatements page="contacts" section="developer" numbers={numbers} />
            <p>
              <a href={PARK_OFFICIAL_SITE} rel="noopener noreferrer external">
                {t("developerLink")}
              </a>
            </p>
          </section>
          <section aria-labelledby="address">
            <h2 id="address">{t("addressTitle")}</h2>
            <CitedStatements page="contacts" section="location" numbers={numbers} />
            <ParkLocationMap />
          </section>
        </div>
      </div>
      <SourceList numbers={numbers} />
    </>
  );
}
