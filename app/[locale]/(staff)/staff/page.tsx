import type { Metadata } from "next";
import { MinskTime } from "@/components/ui/minsk-time";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { getDashboard } from "@/lib/data/dashboard";
import { missingCalendarYears } from "@/lib/data/calendars";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { INQUIRY_STATUSES } from "@/lib/inquiry-state";
import { STAFF_VISIBLE_STATUSES } from "@/lib/proposal-state";
import { requirePermission } from "@/lib/session";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "dashboard" });
  return { title: t("title") };
}

export default async function StaffDashboard({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, `/${locale}/staff`, "backoffice:enter");
  const [d, missingYears, t, tc, ti, tp, format] = await Promise.all([
    getDashboard(user),
    missingCalendarYears(user),
    getTranslations("dashboard"),
    getTranslations("serviceClock.states"),
    getTranslations("inquiries.statuses"),
    getTranslations("proposals.statuses"),
    getFormatter(),
  ]);
  const date = (v: Date) => format.dateTime(v, { dateStyle: "medium" });
  return (
    <>
      <PageHeader title={t("title")} />
      {missingYears.map((m) => (
        <p key={m.calendar} className="notice" role="status">
          {t("calendarMissing", { calendar: m.calendar, year: String(m.year), status: m.status })}
        </p>
      ))}
      <div className="grid">
        <Card as="section" aria-labelledby="d-clock">
          <h2 id="d-clock">{t("deadlines")}</h2>
          <dl className="facts">
            {(["overdue", "dueToday", "onTrack", "paused"] as const).map((state) => (
              <div key={state} className="fact-row" data-clock-count={state}>
                <dt>{tc(state)}</dt>
                <dd>{d.clocks[state]}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card as="section" aria-labelledby="d-inq">
          <h2 id="d-inq">{t("inquiries")}</h2>
          <dl className="facts">
            {INQUIRY_STATUSES.filter((s) => s !== "CLOSED").map((s) => (
              <div key={s} className="fact-row">
                <dt>{ti(s)}</dt>
                <dd>
                  <Link href={`/staff/inquiries?status=${s}`}>{d.inquiries[s] ?? 0}</Link>
                </dd>
              </div>
            ))}
          </dl>
          <h3>{t("oldestUnanswered")}</h3>
          {d.oldestUnanswered ? (
            <p>
              <Link href={`/staff/inquiries/${d.oldestUnanswered.id}`}>{d.oldestUnanswered.subject}</Link> ·{" "}
              {d.oldestUnanswered.investor.name} · {date(d.oldestUnanswered.lastMessageAt)}
            </p>
          ) : (
            <p className="muted">{t("noneUnanswered")}</p>
          )}
        </Card>
        <Card as="section" aria-labelledby="d-prop">
          <h2 id="d-prop">{t("proposals")}</h2>
          <dl className="facts">
            {STAFF_VISIBLE_STATUSES.map((s) => (
              <div key={s} className="fact-row">
                <dt>{tp(s)}</dt>
                <dd>
                  <Link href={`/staff/proposals?status=${s}`}>{d.proposals[s] ?? 0}</Link>
                </dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card as="section" aria-labelledby="d-fig">
          <h2 id="d-fig">{t("staleFigures")}</h2>
          {d.staleFigures.length === 0 ? (
            <p className="muted">{t("noneStale")}</p>
          ) : (
            <ul>
              {d.staleFigures.map((f) => (
                <li key={f.key}>
                  {pickTranslation(f.labels, locale, "en")?.label ?? f.key}
                  {f.latest && <span className="muted"> · {t("latest", { date: date(f.latest) })}</span>}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card as="section" aria-labelledby="d-news">
          <h2 id="d-news">{t("scheduledNews")}</h2>
          {d.scheduledNews.length === 0 ? (
            <p className="muted">{t("noneScheduled")}</p>
          ) : (
            <ul>
              {d.scheduledNews.map((n) => (
                <li key={n.id}>
                  {pickTranslation(n.translations, locale, "en")?.title ?? n.slug}
                  {n.publishedAt && (
                    <span className="muted">
                      {" "}
                      · <MinskTime date={n.publishedAt} />
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
