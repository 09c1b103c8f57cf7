import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listFigureSeries } from "@/lib/data/figures";
import { SECTORS } from "@/lib/domain";
import { publicPageMetadata } from "@/lib/seo";
import { ASK_ADMINISTRATION } from "@/lib/content/residency-procedure";
import { numberSources, type SectionOf } from "@/lib/content/statements";
import { CitedStatements } from "@/components/sources/cited-statements";
import { SourceList } from "@/components/sources/source-list";
import { breadcrumbs, parkOrganization } from "@/lib/structured-data";
import { JsonLd } from "@/components/ui/json-ld";
import { env } from "@/lib/env";

import { FigureSeriesTable } from "@/components/figures/figure-series-table";
import { SeriesChart } from "@/components/figures/series-chart";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button-link";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string }> };

const INCENTIVES = ["profitTax", "propertyTax", "customs", "innovation", "oneStop", "land"] as const;
// The page's sections in reading order, so its sources are numbered as they are first cited.
const SECTIONS: readonly SectionOf<"park">[] = [
  "about",
  "governance",
  "location",
  "infrastructure",
  ...INCENTIVES,
  "sectors",
  "residency",
  "thresholds",
  "procedure",
];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "park" });
  return publicPageMetadata(locale, "/park", t("title"), t("lead"));
}

export default async function ParkPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tAll, series] = await Promise.all([getTranslations("park"), getTranslations(), listFigureSeries(locale)]);
  const numbers = numberSources("park", SECTIONS);
  const trail = [
    { name: tAll("nav.home"), path: `/${locale}` },
    { name: t("title"), path: `/${locale}/park` },
  ];
  return (
    <>
      <JsonLd data={[parkOrganization(env.SITE_URL, locale, tAll("meta.parkName")), breadcrumbs(env.SITE_URL, trail)]} />
      <PageHeader title={t("title")} lead={t("lead")} trail={trail} />
      <div className="with-toc">
        <nav aria-label={tAll("common.onThisPage")} className="toc">
          <p className="toc-title" aria-hidden="true">
            {tAll("common.onThisPage")}
          </p>
          <ol>
            {[
              ["about", t("aboutTitle")],
              ["figures", tAll("figures.seriesTitle")],
              ["location", t("locationTitle")],
              ["regime", t("regimeTitle")],
              ["sectors", t("sectorsTitle")],
              ["residency", t("residencyTitle")],
              ["apply", t("applyTitle")],
              ["sources", tAll("sources.title")],
            ].map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ol>
        </nav>
        <div className="toc-body">
          <section aria-labelledby="about">
            <h2 id="about">{t("aboutTitle")}</h2>
            <CitedStatements page="park" section="about" numbers={numbers} />
            <CitedStatements page="park" section="governance" numbers={numbers} />
          </section>

          <section aria-labelledby="figures">
            <h2 id="figures">{tAll("figures.seriesTitle")}</h2>
            <p className="muted">{tAll("figures.seriesLead")}</p>
            <div className="series-grid">
              {series.map((s) => (
                <article key={s.key} className="series-card" aria-labelledby={`series-${s.key}`}>
                  <h3 id={`series-${s.key}`}>
                    {s.label}
                    {s.disputed && <Badge tone="warn">{tAll("figures.disputed")}</Badge>}
                  </h3>
                  <SeriesChart series={s} />
                  <details className="series-data">
                    <summary>{tAll("figures.dataTable")}</summary>
                    <FigureSeriesTable series={s} />
                  </details>
                </article>
              ))}
            </div>
          </section>

          <section aria-labelledby="location">
            <h2 id="location">{t("locationTitle")}</h2>
            <CitedStatements page="park" section="location" numbers={numbers} />
            <CitedStatements page="park" section="infrastructure" numbers={numbers} />
          </section>

          <section aria-labelledby="regime">
            <h2 id="regime">{t("regimeTitle")}</h2>
            <p className="muted">{t("regimeLead")}</p>
            <div className="grid">
              {INCENTIVES.map((key) => (
                <Card as="article" key={key}>
                  <h3>{t(`incentives.${key}.title`)}</h3>
                  <CitedStatements page="park" section={key} numbers={numbers} />
                </Card>
              ))}
            </div>
            <p className="calculator-link">
              {t("calculatorLead")} <ButtonLink href="/incentives/calculator">{t("calculatorCta")}</ButtonLink>
            </p>
          </section>

          <section aria-labelledby="sectors">
            <h2 id="sectors">{t("sectorsTitle")}</h2>
            <CitedStatements page="park" section="sectors" numbers={numbers} />
            <ul className="pill-list">
              {SECTORS.filter((s) => s !== "OTHER").map((s) => (
                <li key={s}>{tAll(`sectors.${s}`)}</li>
              ))}
            </ul>
          </section>

          <section aria-labelledby="residency">
            <h2 id="residency">{t("residencyTitle")}</h2>
            <CitedStatements page="park" section="residency" numbers={numbers} />
            <h3>{t("thresholdsTitle")}</h3>
            <CitedStatements page="park" section="thresholds" numbers={numbers} as="ul" />
          </section>

          <section aria-labelledby="apply">
            <h2 id="apply">{t("applyTitle")}</h2>
            <CitedStatements page="park" section="procedure" numbers={numbers} as="ul" />
            <h3>{t("askTitle")}</h3>
            <p>{t("askLead")}</p>
            <ul>
              {ASK_ADMINISTRATION.map((key) => (
                <li key={key}>{t(`askItems.${key}`)}</li>
              ))}
            </ul>
            <ButtonLink href="/contacts">{t("contactCta")}</ButtonLink>
          </section>

          <SourceList numbers={numbers} />
        </div>
      </div>
    </>
  );
}
