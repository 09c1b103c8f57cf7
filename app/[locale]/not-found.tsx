import { getLocale, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { LocaleLink as Link } from "@/components/ui/locale-link";

export default async function NotFound() {
  const [t, locale] = await Promise.all([getTranslations("notFound"), getLocale()]);
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="container">
        <section className="not-found">
          <h1>{t("title")}</h1>
          <p>{t("text")}</p>
          <p>
            <Link href="/" className="button">
              {t("home")}
            </Link>
          </p>
        </section>
      </main>
    </>
  );
}
