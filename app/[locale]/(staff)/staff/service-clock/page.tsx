import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/session";
import { listCalendars, listStandardsInForce } from "@/lib/data/service-settings";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { TableScroll } from "@/components/ui/table-scroll";
import { SectionTabs } from "@/components/layout/section-tabs";
import { adminLinks } from "@/components/layout/area-links";
import { CalendarEntryForm, CalendarYearForm, RemoveEntryButton, StandardForm } from "@/components/service-clock/settings-forms";
import { LEGAL_BASES } from "@/lib/service-clock";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { EDITABLE_CALENDARS } from "@/lib/validations/service-clock";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "serviceSettings" });
  return { title: t("title") };
}

export default async function ServiceClockSettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, `/${locale}/staff/service-clock`, "service:manage");
  const [t, tc, ti, format, standards, calendars] = await Promise.all([
    getTranslations("serviceSettings"),
    getTranslations("serviceClock"),
    getTranslations("inquiries.topics"),
    getFormatter(),
    listStandardsInForce(user),
    listCalendars(user),
  ]);
  const period = (days: number, unit: "BUSINESS" | "CALENDAR") => t(unit === "BUSINESS" ? "businessDays" : "calendarDays", { days });
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeZone: "UTC" });
  return (
    <>
      <SectionTabs label="staffAdmin" links={adminLinks(user.role)} current="/staff/service-clock" />
      <PageHeader title={t("title")} lead={t("lead")} />
      <section aria-labelledby="standards">
        <h2 id="standards">{t("standards")}</h2>
        <div className="stack">
          {standards.map((s) => {
            const label = t(`stages.${s.stage}`, { topic: s.topic ? ti(s.topic) : "" });
            return (
              // Keyed by what it is, not by row: a saved change adds a row, and the form (with its "saved" message) must stay.
              <Card key={`${s.stage}:${s.topic ?? ""}`} as="section" aria-label={label}>
                <h3>{label}</h3>
                <p className="muted">
                  {s.statutoryDays !== null && s.statutoryUnit && s.legalBasis
                    ? t.rich("statutoryLine", {
                        period: period(s.statutoryDays, s.statutoryUnit),
                        basisName: tc(`basis.${s.legalBasis}`),
                        basis: (chunks) => (
                          <a href={LEGAL_BASES[s.legalBasis!].url} rel="noopener noreferrer external">
                            {chunks}
                          </a>
                        ),
                      })
                    : t("noStatutory")}
                </p>
                <StandardForm
                  standardKey={{ stage: s.stage, topic: s.topic }}
                  label={label}
                  targetDays={s.targetDays}
                  investorDays={s.investorDays}
                />
              </Card>
            );
          })}
        </div>
      </section>
      <section aria-labelledby="calendars">
        <h2 id="calendars">{t("calendars")}</h2>
        {EDITABLE_CALENDARS.map((code) => (
          <section key={code} aria-labelledby={`cal-${code}`}>
            <h3 id={`cal-${code}`}>{t(`calendarNames.${code}`)}</h3>
            <ul>
              {calendars.years
                .filter((y) => y.calendar === code)
                .map((y) => (
                  <li key={y.year}>
                    {y.year}: {t(`statuses.${y.status}`)} · <a href={y.sourceUrl}>{y.sourceTitle}</a>
                  </li>
                ))}
            </ul>
            <TableScroll label={`${t(`calendarNames.${code}`)}: ${t("entries")}`}>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t("date")}</th>
                    <th scope="col">{t("kind")}</th>
                    <th scope="col">{t("name")}</th>
                    <th scope="col">{t("source")}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t("remove")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {calendars.entries
                    .filter((e) => e.calendar === code)
                    .map((e) => {
                      const date = e.date.toISOString().slice(0, 10);
                      const name =
                        pickTranslation(
                          [
                            { locale: "en", title: e.nameEn },
                            { locale: "ru", title: e.nameRu },
                            { locale: "zh", title: e.nameZh },
                          ],
                          locale,
                          "en",
                        )?.title ?? e.nameEn;
                      return (
                        <tr key={date}>
                          <td>
                            <time dateTime={date}>{day(e.date)}</time>
                          </td>
                          <td>{t(`kinds.${e.kind}`)}</td>
                          <td>{name}</td>
                          <td>
                            <a href={e.sourceUrl}>{new URL(e.sourceUrl).hostname}</a>
                          </td>
                          <td>
                            <RemoveEntryButton calendar={code} date={date} label={`${t("remove")}: ${day(e.date)}`} />
                          </td>
                        </tr>
                      );
                    })}
                </tbody>
              </table>
            </TableScroll>
          </section>
        ))}
        <Card as="section" aria-labelledby="add-entry">
          <h3 id="add-entry">{t("addEntry")}</h3>
          <CalendarEntryForm />
        </Card>
        <Card as="section" aria-labelledby="set-year" className="mt-4">
          <h3 id="set-year">{t("setYear")}</h3>
          <CalendarYearForm />
        </Card>
      </section>
    </>
  );
}
