import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Metadata } from "next";
import { listFigureSeries } from "@/lib/data/figures";
import { listFeaturedResidents } from "@/lib/data/residents";
import { listLatestNews } from "@/lib/data/news";
import { ButtonLink } from "@/components/ui/button-link";
import { alternatesFor } from "@/lib/seo";
import { parkOrganization } from "@/lib/structured-data";
import { JsonLd } from "@/components/ui/json-ld";
import { env } from "@/lib/env";
import { numberSources } from "@/lib/content/statements";
import { CitedStatements } from "@/components/sources/cited-statements";
import { SourceList } from "@/components/sources/source-list";
import { ParkLocationMap } from "@/components/maps/park-location-map";

import { KeyFigures } from "@/components/figures/key-figures";
import { ResidentCard } from "@/components/residents/resident-card";
import { NewsCard } from "@/components/news/news-card";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { alternates: alternatesFor(locale, "") };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tm, figures, residents, news] = await Promise.all([
    getTranslations("home"),
    getTranslations("meta"),
    listFigureSeries(locale, { featuredOnly: true }),
    listFeaturedResidents(locale),
    listLatestNews(locale),
  ]);
  const numbers = numberSources("home", ["hero", "invest"]);
  return (
    <>
      <JsonLd data={[parkOrganization(env.SITE_URL, locale, tm("parkName"))]} />
      <section className="hero">
        <div className="hero-text">
          <h1>{t("title")}</h1>
          <CitedStatements page="home" section="hero" numbers={numbers} className="lead" />
          <p className="actions">
            <ButtonLink href="/park">{t("ctaInvest")}</ButtonLink>
            <ButtonLink href="/residents" variant="secondary">
              {t("ctaResidents")}
            </ButtonLink>
          </p>
        </div>
        <ParkLocationMap />
      </section>
      <section aria-labelledby="figures-title">
        <h2 id="figures-title">{t("figuresTitle")}</h2>
        <p className="muted">{t("figuresNote")}</p>
        <KeyFigures series={figures} />
      </section>
      <section aria-labelledby="residents-title">
        <h2 id="residents-title">{t("residentsTitle")}</h2>
        <div className="grid">
          {residents.map((r) => (
            <ResidentCard key={r.slug} resident={r} />
          ))}
        </div>
      </section>
      <section aria-labelledby="news-title">
        <h2 id="news-title">{t("newsTitle")}</h2>
        <div className="grid">
          {news.map((n) => (
            <NewsCard key={n.slug} item={n} />
          ))}
        </div>
      </section>
      <section className="callout" aria-labelledby="invest-title">
        <h2 id="invest-title">{t("investTitle")}</h2>
        <CitedStatements page="home" section="invest" numbers={numbers} />
        <div className="actions">
          <ButtonLink href="/park#regime">{t("investCta")}</ButtonLink>
          <ButtonLink href="/incentives/calculator" variant="secondary">
            {t("calculatorCta")}
          </ButtonLink>
        </div>
      </section>
      <SourceList numbers={numbers} />
    </>
  );
}
