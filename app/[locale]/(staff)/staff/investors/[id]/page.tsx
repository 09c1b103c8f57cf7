import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { InquiryStatusBadge } from "@/components/inquiries/status-badge";
import { getInvestorHistory } from "@/lib/data/investor-history";
import { countryName } from "@/lib/format";
import { requirePermission } from "@/lib/session";
import { TableScroll } from "@/components/ui/table-scroll";
import { ProposalStatusBadge } from "@/components/proposals/status-badge";
import { PageHeader } from "@/components/ui/page-header";
import { areaTrail } from "@/components/layout/area-trail";
import { EmptyState } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "investorHistory" });
  return { title: t("title") };
}

// One investor's inquiries and proposals, linked from their name in the inbox and the pipeline.
export default async function InvestorHistoryPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, `/${locale}/staff/investors/${id}`, "inquiry:triage");
  const investor = await getInvestorHistory(user, id);
  if (!investor) notFound();
  const [t, ti, tp, format] = await Promise.all([
    getTranslations("investorHistory"),
    getTranslations("inquiries"),
    getTranslations("proposals"),
    getFormatter(),
  ]);
  const date = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium" }) : "—");
  return (
    <>
      <PageHeader
        trail={[
          ...(await areaTrail(locale, "staff", "/staff/inquiries")),
          { name: investor.name, path: `/${locale}/staff/investors/${id}` },
        ]}
        title={investor.name}
      />
      <p>
        {[investor.company, investor.country && countryName(locale, investor.country), investor.email].filter(Boolean).join(" · ")}
        {" · "}
        {t("since", { date: date(investor.createdAt) })}
      </p>
      <section aria-labelledby="history-inquiries">
        <h2 id="history-inquiries">{t("inquiries", { count: investor.inquiries.length })}</h2>
        {investor.inquiries.length === 0 ? (
          <EmptyState>{t("noInquiries")}</EmptyState>
        ) : (
          <TableScroll label={t("inquiries", { count: investor.inquiries.length })}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{ti("subject")}</th>
                  <th scope="col">{ti("topic")}</th>
                  <th scope="col">{ti("status")}</th>
                  <th scope="col">{t("sent")}</th>
                </tr>
              </thead>
              <tbody>
                {investor.inquiries.map((q) => (
                  <tr key={q.id}>
                    <td>
                      <Link href={`/staff/inquiries/${q.id}`}>{q.subject}</Link>
                    </td>
                    <td>{ti(`topics.${q.topic}`)}</td>
                    <td>
                      <InquiryStatusBadge status={q.status} />
                    </td>
                    <td>{date(q.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
      {investor.proposals && (
        <section aria-labelledby="history-proposals">
          <h2 id="history-proposals">{t("proposals", { count: investor.proposals.length })}</h2>
          {investor.proposals.length === 0 ? (
            <EmptyState>{t("noProposals")}</EmptyState>
          ) : (
            <TableScroll label={t("proposals", { count: investor.proposals.length })}>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{tp("titleField")}</th>
                    <th scope="col">{ti("status")}</th>
                    <th scope="col">{t("investment")}</th>
                    <th scope="col">{t("submitted")}</th>
                  </tr>
                </thead>
                <tbody>
                  {investor.proposals.map((p) => (
                    <tr key={p.id}>
                      <td>
                        <Link href={`/staff/proposals/${p.id}`}>{p.title || tp("untitled")}</Link>
                      </td>
                      <td>
                        <ProposalStatusBadge status={p.status} />
                      </td>
                      <td>
                        {p.totalInvestmentUsd != null
                          ? format.number(p.totalInvestmentUsd, { style: "currency", currency: "USD", maximumFractionDigits: 0 })
                          : "—"}
                      </td>
                      <td>{date(p.submittedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
      )}
    </>
  );
}
