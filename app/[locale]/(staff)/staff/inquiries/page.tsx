import type { Metadata } from "next";
import { getNow, getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { InboxFilters } from "@/components/inquiries/inbox-filters";
import { InquiryStatusBadge } from "@/components/inquiries/status-badge";
import { listInbox } from "@/lib/data/inquiry-inbox";
import { listAssignableStaff } from "@/lib/data/staff-accounts";
import { requirePermission } from "@/lib/session";
import { firstValues } from "@/lib/validations/query";
import { inboxFilterSchema } from "@/lib/validations/inquiry";
import { TableScroll } from "@/components/ui/table-scroll";
import { PageHeader } from "@/components/ui/page-header";
import { ClockBadge } from "@/components/service-clock/clock-badge";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "inbox" });
  return { title: t("title") };
}

const DAY = 86_400_000;

export default async function InboxPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, `/${locale}/staff/inquiries`, "inquiry:triage");
  const raw = firstValues(await searchParams);
  const filter = inboxFilterSchema.parse(raw);
  const [now, t, ti, tc, rows, staff] = await Promise.all([
    getNow(),
    getTranslations("inbox"),
    getTranslations("inquiries"),
    getTranslations("serviceClock"),
    listInbox(user, filter),
    listAssignableStaff(user, "inquiry:triage"),
  ]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <InboxFilters filter={filter} staff={staff} />
      {rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <TableScroll label={t("title")}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{ti("subject")}</th>
                <th scope="col">{t("investor")}</th>
                <th scope="col">{ti("topic")}</th>
                <th scope="col">{ti("status")}</th>
                <th scope="col">{tc("due")}</th>
                <th scope="col">{t("assignee")}</th>
                <th scope="col">{t("age")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/staff/inquiries/${r.id}`}>{r.subject}</Link>
                    {r.source === "CONTACT_FORM" && <Badge>{t("contactForm")}</Badge>}
                  </td>
                  <td>
                    <Link href={`/staff/investors/${r.investor.id}`}>{r.investor.name}</Link>
                    {r.investor.company ? ` (${r.investor.company})` : ""}
                  </td>
                  <td>{ti(`topics.${r.topic}`)}</td>
                  <td>
                    <InquiryStatusBadge status={r.status} />
                  </td>
                  <td>
                    <ClockBadge clock={r.clock} now={now} />
                  </td>
                  <td>{r.assignee?.name ?? t("unassigned")}</td>
                  <td>{t("days", { count: Math.floor((now.getTime() - r.createdAt.getTime()) / DAY) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
