import type { Metadata } from "next";
import { getFormatter, getNow, getTranslations, setRequestLocale } from "next-intl/server";
import { ClockBadge } from "@/components/service-clock/clock-badge";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { PipelineFilters } from "@/components/proposals/pipeline-filters";
import { listAssignableStaff } from "@/lib/data/staff-accounts";
import { listPipeline } from "@/lib/data/proposal-pipeline";
import { countryName, formatCompact } from "@/lib/format";
import { STAFF_VISIBLE_STATUSES } from "@/lib/proposal-state";
import { requirePermission } from "@/lib/session";
import { firstValues } from "@/lib/validations/query";
import { pipelineFilterSchema } from "@/lib/validations/proposal";
import { TableScroll } from "@/components/ui/table-scroll";
import { PageHeader } from "@/components/ui/page-header";
import { buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "pipeline" });
  return { title: t("title") };
}

export default async function PipelinePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, `/${locale}/staff/proposals`, "proposal:review");
  const raw = firstValues(await searchParams);
  const filter = pipelineFilterSchema.parse(raw);
  const [now, tc, t, tp, ti, ts, tu, format, rows, staff] = await Promise.all([
    getNow(),
    getTranslations("serviceClock"),
    getTranslations("pipeline"),
    getTranslations("proposals"),
    getTranslations("inbox"),
    getTranslations("sectors"),
    getTranslations("units"),
    getFormatter(),
    listPipeline(user, filter),
    listAssignableStaff(user, "proposal:review"),
  ]);
  const query = new URLSearchParams(raw).toString();
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <PipelineFilters filter={filter} staff={staff} />
      <p>
        <a className={buttonClass("secondary")} href={`/api/staff/proposals/export${query ? `?${query}` : ""}`}>
          {t("exportCsv")}
        </a>
      </p>
      {rows.length === 0 && <EmptyState>{t("none")}</EmptyState>}
      {STAFF_VISIBLE_STATUSES.map((status) => {
        const group = rows.filter((r) => r.status === status);
        if (group.length === 0) return null;
        return (
          <section key={status} aria-labelledby={`g-${status}`}>
            <h2 id={`g-${status}`}>
              {tp(`statuses.${status}`)} ({group.length})
            </h2>
            <TableScroll label={t("title")}>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{tp("titleField")}</th>
                    <th scope="col">{t("company")}</th>
                    <th scope="col">{t("investorTitle")}</th>
                    <th scope="col">{tp("sector")}</th>
                    <th scope="col">{t("investment")}</th>
                    <th scope="col">{t("submitted")}</th>
                    <th scope="col">{tc("due")}</th>
                    <th scope="col">{ti("assignee")}</th>
                  </tr>
                </thead>
                <tbody>
                  {group.map((r) => (
                    <tr key={r.id}>
                      <td>
                        <Link href={`/staff/proposals/${r.id}`}>{r.title || tp("untitled")}</Link>
                      </td>
                      <td>
                        {r.legalName}
                        {r.companyCountry ? ` (${countryName(locale, r.companyCountry)})` : ""}
                      </td>
                      <td>
                        <Link href={`/staff/investors/${r.investor.id}`}>{r.investor.name}</Link>
                      </td>
                      <td>{r.sector ? ts(r.sector) : "—"}</td>
                      <td>{r.totalInvestmentUsd != null ? tu("usd", { value: formatCompact(format, r.totalInvestmentUsd) }) : "—"}</td>
                      <td>{r.submittedAt ? format.dateTime(r.submittedAt, { dateStyle: "medium" }) : "—"}</td>
                      <td>
                        <ClockBadge clock={r.clock} now={now} />
                      </td>
                      <td>{r.assignee?.name ?? "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
        );
      })}
    </>
  );
}
