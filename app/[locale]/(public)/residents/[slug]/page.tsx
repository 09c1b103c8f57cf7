import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { getPublishedResident } from "@/lib/data/residents";
import { countryNames, formatAsOf, formatCompact, formatCompactRange } from "@/lib/format";
import { alternatesFor, openGraphFor } from "@/lib/seo";
import { breadcrumbs } from "@/lib/structured-data";
import { ResidentMark } from "@/components/residents/resident-mark";
import { JsonLd } from "@/components/ui/json-ld";
import { PageHeader } from "@/components/ui/page-header";
import { env } from "@/lib/env";

import { FallbackNote } from "@/components/ui/fallback-note";
import { TranslationNote } from "@/components/ui/translation-note";
import { hasLocale } from "next-intl";
import { locales } from "@/lib/i18n/routing";
import { SourceLink } from "@/components/ui/source-link";

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered on first request, then cached (ISR); see the locale layout.
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const resident = await getPublishedResident(slug, locale);
  if (!resident) return {};
  const tm = await getTranslations({ locale, namespace: "meta" });
  return {
    title: resident.name,
    description: resident.summary,
    alternates: alternatesFor(locale, `/residents/${slug}`),
    openGraph: openGraphFor(locale, tm("siteName"), { title: resident.name, description: resident.summary, path: `/residents/${slug}` }),
  };
}

export default async function ResidentPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const resident = await getPublishedResident(slug, locale);
  if (!resident) notFound();
  const [t, tAll, format] = await Promise.all([getTranslations("residents"), getTranslations(), getFormatter()]);
  const trail = [
    { name: tAll("nav.home"), path: `/${locale}` },
    { name: tAll("nav.residents"), path: `/${locale}/residents` },
    { name: resident.name, path: `/${locale}/residents/${slug}` },
  ];
  return (
    <article className="detail">
      <JsonLd data={[breadcrumbs(env.SITE_URL, trail)]} />
      <PageHeader
        trail={trail}
        title={
          <>
            {resident.logoUrl && <ResidentMark name={resident.name} logoUrl={resident.logoUrl} size={64} />}
            {resident.name}
          </>
        }
      />
      {resident.mainName && <p className="muted">{t("mainName", { name: resident.mainName })}</p>}
      <p className="lead" lang={resident.textLocale}>
        {resident.summary}
      </p>
      {resident.isFallback && <FallbackNote textLocale={resident.textLocale} />}
      {!resident.isFallback && resident.textLocale !== resident.originalLocale && hasLocale(locales, resident.originalLocale) && (
        <TranslationNote originalLocale={resident.originalLocale} href={`/${resident.originalLocale}/residents/${slug}`} />
      )}
      <div className="detail-grid">
        <div lang={resident.textLocale}>
          {resident.description.split(/\n{2,}/).map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
        <aside aria-labelledby="facts">
          <h2 id="facts">{t("facts")}</h2>
          <dl className="facts">
            <dt>{t("country")}</dt>
            <dd>{countryNames(locale, resident.countries)}</dd>
            <dt>{t("sector")}</dt>
            <dd>{tAll(`sectors.${resident.sector}`)}</dd>
            <dt>{t("status")}</dt>
            <dd>
              {tAll(`statuses.${resident.status}`)}
              {resident.statusSource && (
                <span className="status-source">
                  {" "}
                  {t.rich("statusBasis", {
                    when: resident.statusSource.asOf
                      ? t("statusAsOf", { date: formatAsOf(format, resident.statusSource.asOf, resident.statusSource.precision) })
                      : t("statusUndated"),
                    source: () => <SourceLink title={resident.statusSource!.title} url={resident.statusSource!.url} />,
                  })}
                </span>
              )}
            </dd>
            {resident.sinceYear && (
              <>
                <dt>{t("sinceLabel")}</dt>
                <dd>{resident.sinceYear}</dd>
              </>
            )}
            <dt>{t("investment")}</dt>
            <dd>
              {resident.investmentUsd
                ? tAll("units.usd", {
                    value: resident.investmentUsdMax
                      ? formatCompactRange(locale, resident.investmentUsd, resident.investmentUsdMax)
                      : formatCompact(format, resident.investmentUsd),
                  })
                : tAll("common.unknown")}
            </dd>
            <dt>{t("jobs")}</dt>
            <dd>{resident.jobs ? format.number(resident.jobs) : tAll("common.unknown")}</dd>
            {resident.website && (
              <>
                <dt>{t("website")}</dt>
                <dd>
                  <a href={resident.website} rel="noopener noreferrer external">
                    {resident.website}
                  </a>
                </dd>
              </>
            )}
          </dl>
          <h2>{tAll("common.sources")}</h2>
          <ul className="sources">
            {resident.sources.map((s) => (
              <li key={s.url}>
                <SourceLink title={s.title} url={s.url} />
              </li>
            ))}
          </ul>
        </aside>
      </div>
    </article>
  );
}
