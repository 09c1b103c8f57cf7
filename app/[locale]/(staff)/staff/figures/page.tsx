import type { Metadata } from "next";
import { getFormatter, getNow, getTranslations, setRequestLocale } from "next-intl/server";
import { FigureValueForm } from "@/components/content/figure-value-form";
import { listMetricsForStaff } from "@/lib/data/figure-admin";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { requirePermission } from "@/lib/session";
import { TableScroll } from "@/components/ui/table-scroll";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { SectionTabs } from "@/components/layout/section-tabs";
import { figureLinks } from "@/components/layout/area-links";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "figureAdmin" });
  return { title: t("title") };
}

const YEAR_MS = 365 * 86_400_000;

export default async function StaffFiguresPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, `/${locale}/staff/figures`, "content:manage");
  const [t, format, now, metrics] = await Promise.all([
    getTranslations("figureAdmin"),
    getFormatter(),
    getNow(),
    listMetricsForStaff(user),
  ]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <SectionTabs label="staffFigures" links={figureLinks} current="/staff/figures" />
      {metrics.map((m) => {
        const label = pickTranslation(m.translations, locale, "en")?.label ?? m.key;
        const latest = m.values[0];
        const stale = !latest || now.getTime() - latest.asOf.getTime() > YEAR_MS;
        return (
          <Card as="section" className="figure-admin" key={m.id} aria-labelledby={`m-${m.key}`}>
            <h2 id={`m-${m.key}`}>
              {label} {stale && <Badge tone="warn">{t("stale")}</Badge>}
            </h2>
            <p className="muted">
              {t("unit", { unit: m.unit })}
              {latest && <> · {t("latest", { value: format.number(latest.value), date: date(latest.asOf) })}</>}
            </p>
            <details>
              <summary>
                {t("history")} ({m.values.length})
              </summary>
              <TableScroll label={t("title")}>
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("asOf")}</th>
                      <th scope="col">{t("value")}</th>
                      <th scope="col">{t("source")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {m.values.map((v) => (
                      <tr key={v.id}>
                        <td>{date(v.asOf)}</td>
                        <td>
                          {v.qualifier !== "EXACT" ? `${t(`qualifiers.${v.qualifier}`)} ` : ""}
                          {format.number(v.value)}
                        </td>
                        <td>
                          <a href={v.sourceUrl} rel="noopener noreferrer">
                            {v.sourceTitle}
                          </a>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </details>
            <FigureValueForm metricId={m.id} metricLabel={label} />
          </Card>
        );
      })}
    </>
  );
}
