import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { alternatesFor } from "@/lib/seo";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "contacts" });
  return { title: t("title"), description: t("lead"), alternates: alternatesFor(locale, "/contacts") };
}

export default async function ContactsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("contacts");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <div className="grid">
        <section className="card" aria-labelledby="admin">
          <h2 id="admin">{t("adminTitle")}</h2>
          <p>{t("admin")}</p>
          <p>
            <a href="https://info.onestation.by/administraciya-parka/funkcii-administracii-parka" rel="noopener noreferrer external">
              {t("adminLink")}
            </a>
          </p>
        </section>
        <section className="card" aria-labelledby="developer">
          <h2 id="developer">{t("developerTitle")}</h2>
          <p>{t("developer")}</p>
          <p>
            <a href="https://industrialpark.by/" rel="noopener noreferrer external">
              {t("developerLink")}
            </a>
          </p>
        </section>
        <section className="card" aria-labelledby="address">
          <h2 id="address">{t("addressTitle")}</h2>
          <p>{t("address")}</p>
        </section>
      </div>
      <p className="muted">{t("note")}</p>
    </>
  );
}
