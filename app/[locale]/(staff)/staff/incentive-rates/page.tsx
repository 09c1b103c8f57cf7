import type { Metadata } from "next";
import { getFormatter, getNow, getTranslations, setRequestLocale } from "next-intl/server";
import { minskYear } from "@/lib/minsk-time";
import { listIncentiveRatesForStaff, type IncentiveRateRow } from "@/lib/data/incentive-rates";
import { rateInForce } from "@/lib/incentive-calculator";
import { PARAMETER_UNITS } from "@/lib/incentive-parameters";
import { formatAsOf } from "@/lib/format";
import { requirePermission } from "@/lib/session";
import { IncentiveRateForm } from "@/components/content/incentive-rate-form";
import { legalBasisOf, rateValueText } from "@/components/incentives/rate-value";
import { SectionTabs } from "@/components/layout/section-tabs";
import { figureLinks } from "@/components/layout/area-links";
import { TableScroll } from "@/components/ui/table-scroll";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { LocaleLink } from "@/components/ui/locale-link";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "incentiveRates" });
  return { title: t("title") };
}

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");

export default async function StaffIncentiveRatesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, `/${locale}/staff/incentive-rates`, "content:manage");
  const [t, format, now, parameters] = await Promise.all([
    getTranslations("incentiveRates"),
    getFormatter(),
    getNow(),
    listIncentiveRatesForStaff(user),
  ]);
  const year = minskYear(now);
  const date = (d: Date | null, precision: "DAY" | "MONTH" | "YEAR" = "DAY") => (d ? formatAsOf(format, d, precision) : "—");
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <SectionTabs label="staffFigures" links={figureLinks} current="/staff/incentive-rates" />
      <p>
        <LocaleLink href="/incentives/calculator">{t("openCalculator")}</LocaleLink>
      </p>
      {parameters.map(({ parameter, rows }) => {
        const label = t(`parameters.${parameter}`);
        const current = rateInForce(rows, year) as IncentiveRateRow | null;
        const newest = rows[0];
        const start = current ?? newest;
        return (
          <Card
            as="section"
            className="figure-admin"
            key={parameter}
            aria-labelledby={`p-${parameter}`}
            data-testid={`rate-card-${parameter}`}
          >
            <h2 id={`p-${parameter}`}>
              {label} {!current && <Badge tone="warn">{t("none")}</Badge>}
            </h2>
            {current && (
              <p className="muted">
                {t("inForce", { year: String(year) })}: <strong>{rateValueText(t, format, parameter, current.value)}</strong>
                {current.sourceKind === "SECONDARY" && <> · {t("sourceKinds.SECONDARY")}</>}
              </p>
            )}
            <details>
              <summary>
                {t("history")} ({rows.length})
              </summary>
              <TableScroll label={t("history")}>
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("value")}</th>
                      <th scope="col">{t("effectiveFrom")}</th>
                      <th scope="col">{t("effectiveUntil")}</th>
                      <th scope="col">{t("legalBasis")}</th>
                      <th scope="col">{t("source")}</th>
                      <th scope="col">{t("checkedOn")}</th>
                      <th scope="col">{t("entered")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r) => (
                      <tr key={r.id}>
                        <td>{r.value}</td>
                        <td>{date(r.effectiveFrom, r.effectiveFromPrecision)}</td>
                        <td>{date(r.effectiveUntil)}</td>
                        <td>{legalBasisOf(r, locale)}</td>
                        <td>
                          {r.sourceKind === "SECONDARY" && "⚠ "}
                          <a href={r.sourceUrl} rel="noopener noreferrer">
                            {r.sourceTitle}
                          </a>{" "}
                          ({r.sourceDate ? date(r.sourceDate, r.sourceDatePrecision) : t("undated")})
                        </td>
                        <td>{date(r.checkedOn)}</td>
                        <td>{format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </details>
            {/* Folded: eleven open forms would bury the values in force. */}
            <details className="rate-add">
              <summary>{t("addFor", { parameter: label })}</summary>
              <IncentiveRateForm
                label={label}
                unitHint={t(`unitHints.${PARAMETER_UNITS[parameter]}`)}
                initial={{
                  parameter,
                  latestId: newest?.id ?? "",
                  value: start ? String(start.value) : "",
                  effectiveFrom: iso(start?.effectiveFrom ?? null),
                  effectiveFromPrecision: start?.effectiveFromPrecision ?? "DAY",
                  effectiveUntil: iso(start?.effectiveUntil ?? null),
                  legalBasisEn: start?.legalBasisEn ?? "",
                  legalBasisRu: start?.legalBasisRu ?? "",
                  legalBasisZh: start?.legalBasisZh ?? "",
                  sourceTitle: start?.sourceTitle ?? "",
                  sourceUrl: start?.sourceUrl ?? "",
                  sourceKind: start?.sourceKind ?? "PRIMARY",
                  sourceDate: iso(start?.sourceDate ?? null),
                  sourceDatePrecision: start?.sourceDatePrecision ?? "DAY",
                  checkedOn: "",
                }}
              />
            </details>
          </Card>
        );
      })}
    </>
  );
}
