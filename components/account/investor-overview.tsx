// The investor's overview: open inquiries (with who wrote last and what),
// proposals with their status and the next step, unread notifications.
import { getTranslations } from "next-intl/server";
import type { getInvestorOverview } from "@/lib/data/investor-overview";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { MinskTime } from "@/components/ui/minsk-time";
import { Card, EmptyState } from "@/components/ui/card";
import { InquiryStatusBadge } from "@/components/inquiries/status-badge";
import { NotificationText } from "@/components/notifications/notification-text";
import { ProposalStatusBadge } from "@/components/proposals/status-badge";

type Overview = NonNullable<Awaited<ReturnType<typeof getInvestorOverview>>>;

const excerpt = (text: string) => (text.length > 160 ? `${text.slice(0, 157).trimEnd()}…` : text);

export async function InvestorOverview({ overview }: { overview: Overview }) {
  const t = await getTranslations("overview");
  return (
    <div className="overview-grid">
      <Card as="section" aria-labelledby="overview-inquiries">
        <h2 id="overview-inquiries">{t("inquiriesTitle")}</h2>
        {overview.inquiries.length === 0 ? (
          <EmptyState>{t("noInquiries")}</EmptyState>
        ) : (
          <ul className="overview-list">
            {overview.inquiries.map((i) => (
              <li key={i.id}>
                <Link href={`/account/inquiries/${i.id}`}>{i.subject}</Link> <InquiryStatusBadge status={i.status} />
                {i.lastMessage && (
                  <p className="muted">
                    {t(i.lastMessage.kind === "STAFF_REPLY" ? "lastFromPark" : "lastFromYou")}: {excerpt(i.lastMessage.body)}
                  </p>
                )}
                <p className="card-meta">
                  <MinskTime date={i.lastMessageAt} dateStyle="short" />
                </p>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href="/account/inquiries/new">{t("newInquiry")}</Link>
        </p>
      </Card>
      <Card as="section" aria-labelledby="overview-proposals">
        <h2 id="overview-proposals">{t("proposalsTitle")}</h2>
        {overview.proposals.length === 0 ? (
          <EmptyState>{t("noProposals")}</EmptyState>
        ) : (
          <ul className="overview-list">
            {overview.proposals.map((p) => (
              <li key={p.id}>
                <Link href={`/account/proposals/${p.id}`}>{p.title || t("untitled")}</Link> <ProposalStatusBadge status={p.status} />
                <p className="muted">{t(`next.${p.status}`)}</p>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href="/account/proposals">{t("allProposals")}</Link>
        </p>
      </Card>
      <Card as="section" aria-labelledby="overview-notifications">
        <h2 id="overview-notifications">{t("unreadTitle", { count: overview.unread.length })}</h2>
        {overview.unread.length === 0 ? (
          <EmptyState>{t("noUnread")}</EmptyState>
        ) : (
          <ul className="overview-list">
            {overview.unread.map((n) => (
              <li key={n.id}>
                <Link href={n.href}>
                  <NotificationText kind={n.kind} params={n.params} />
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href="/account/notifications">{t("allNotifications")}</Link>
        </p>
      </Card>
    </div>
  );
}
