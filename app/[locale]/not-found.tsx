import { getLocale, getTranslations } from "next-intl/server";
import { SiteHeader } from "@/components/layout/site-header";
import { ButtonLink } from "@/components/ui/button-link";

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
            <ButtonLink href="/">{t("home")}</ButtonLink>
          </p>
        </section>
      </main>
    </>
  );
}
