import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listFigureSeries } from "@/lib/data/figures";
import { SECTORS } from "@/lib/domain";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { alternatesFor } from "@/lib/seo";
import { ASK_ADMINISTRATION, PROCEDURE_FACTS } from "@/lib/content/residency-procedure";
import { SourceLink } from "@/components/ui/source-link";
import { breadcrumbs, parkOrganization } from "@/lib/structured-data";
import { JsonLd } from "@/components/ui/json-ld";
import { env } from "@/lib/env";

import { FigureSeriesTable } from "@/components/figures/figure-series-table";
import { ResidentsChart } from "@/components/figures/residents-chart";

type Props = { params: Promise<{ locale: string }> };

const INCENTIVES = ["profitTax", "propertyTax", "vat", "innovation", "procedures", "land"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "park" });
  return { title: t("title"), description: t("lead"), alternates: alternatesFor(locale, "/park") };
}

export default async function ParkPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tAll, series] = await Promise.all([getTranslations("park"), getTranslations(), listFigureSeries(locale)]);
  const residents = series.find((s) => s.key === "residents");
  const paragraphs = (key: "about" | "location") => t.raw(key) as string[];
  return (
    <>
      <JsonLd
        data={[
          parkOrganization(env.SITE_URL, locale, tAll("meta.parkName")),
          breadcrumbs(env.SITE_URL, [
            { name: tAll("nav.home"), path: `/${locale}` },
            { name: t("title"), path: `/${locale}/park` },
          ]),
        ]}
      />
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>

      <section aria-labelledby="about">
        <h2 id="about">{t("aboutTitle")}</h2>
        {paragraphs("about").map((p) => (
          <p key={p}>{p}</p>
        ))}
      </section>

      <section aria-labelledby="figures">
        <h2 id="figures">{tAll("figures.seriesTitle")}</h2>
        <p className="muted">{tAll("figures.seriesLead")}</p>
        {residents && <ResidentsChart series={residents} />}
        <div className="series-grid">
          {series.map((s) => (
            <FigureSeriesTable key={s.key} series={s} />
          ))}
        </div>
      </section>

      <section aria-labelledby="location">
        <h2 id="location">{t("locationTitle")}</h2>
        {paragraphs("location").map((p) => (
          <p key={p}>{p}</p>
        ))}
      </section>

      <section aria-labelledby="regime">
        <h2 id="regime">{t("regimeTitle")}</h2>
        <p className="muted">{t("regimeLead")}</p>
        <div className="grid">
          {INCENTIVES.map((key) => (
            <article key={key} className="card">
              <h3>{t(`incentives.${key}.title`)}</h3>
              <p>{t(`incentives.${key}.text`)}</p>
              <p className="card-meta">{t(`incentives.${key}.basis`)}</p>
            </article>
          ))}
        </div>
      </section>

      <section aria-labelledby="sectors">
        <h2 id="sectors">{t("sectorsTitle")}</h2>
        <p className="muted">{t("sectorsLead")}</p>
        <ul className="pill-list">
          {SECTORS.filter((s) => s !== "OTHER").map((s) => (
            <li key={s}>{tAll(`sectors.${s}`)}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="residency">
        <h2 id="residency">{t("residencyTitle")}</h2>
        <p>{t("residency")}</p>
        <h3>{t("thresholdsTitle")}</h3>
        <ul>
          <li>{t("thresholds.rd")}</li>
          <li>{t("thresholds.fast")}</li>
          <li>{t("thresholds.other")}</li>
        </ul>
      </section>

      <section aria-labelledby="apply">
        <h2 id="apply">{t("applyTitle")}</h2>
        <ul className="sourced-list">
          {PROCEDURE_FACTS.map((fact) => (
            <li key={fact.key}>
              {t(`procedure.${fact.key}`)}{" "}
              {fact.sources.map((s) => (
                <SourceLink key={s.url} title={s.title} url={s.url} />
              ))}
            </li>
          ))}
        </ul>
        <h3>{t("askTitle")}</h3>
        <p>{t("askLead")}</p>
        <ul>
          {ASK_ADMINISTRATION.map((key) => (
            <li key={key}>{t(`askItems.${key}`)}</li>
          ))}
        </ul>
        <Link href="/contacts" className="button">
          {t("contactCta")}
        </Link>
      </section>
    </>
  );
}
