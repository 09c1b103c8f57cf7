// Beside an inquiry or a proposal: by when the Administration answers and on
// what basis (its own standard, and the statutory ceiling where a law sets
// one, with a link to the law), or, while it waits for the investor, since when
// and by when the investor is asked to reply. Dates in the calendar's time zone.
import { getFormatter, getTranslations } from "next-intl/server";
import type { ClockView } from "@/lib/data/service-clocks";
import { CALENDAR_TIME_ZONES, LEGAL_BASES } from "@/lib/service-clock";

type Props = { clock: ClockView | null; audience: "investor" | "staff" };

export async function ClockNotice({ clock, audience }: Props) {
  if (!clock || clock.stoppedAt) return null;
  const [t, format] = await Promise.all([getTranslations("serviceClock"), getFormatter()]);
  const day = (date: Date, zone: keyof typeof CALENDAR_TIME_ZONES = clock.calendar) =>
    format.dateTime(date, { dateStyle: "long", timeZone: CALENDAR_TIME_ZONES[zone] });
  const statutory =
    clock.statutoryDays !== null && clock.statutoryUnit && clock.statutoryDueAt && clock.legalBasis
      ? t.rich("statutory", {
          days: clock.statutoryDays,
          unit: clock.statutoryUnit,
          date: day(clock.statutoryDueAt),
          basisName: t(`basis.${clock.legalBasis}`),
          basis: (chunks) => (
            <a href={LEGAL_BASES[clock.legalBasis!].url} rel="noopener noreferrer external">
              {chunks}
            </a>
          ),
        })
      : t("ownStandard");
  return (
    <section aria-labelledby="clock-heading" className="clock-notice" data-testid="service-clock">
      <h2 id="clock-heading">{t("heading")}</h2>
      {clock.pausedAt ? (
        <>
          <p>{t("paused", { date: day(clock.pausedAt), audience })}</p>
          {clock.investorDueAt && clock.investorCalendar && (
            <p>
              <strong>
                {t("investorDue", { date: day(clock.investorDueAt, clock.investorCalendar), calendar: clock.investorCalendar, audience })}
              </strong>
            </p>
          )}
          <p className="muted">{statutory}</p>
        </>
      ) : (
        clock.dueAt && (
          <>
            <p>
              <strong>{t("dueBy", { stage: clock.stage, date: day(clock.dueAt) })}</strong>
            </p>
            <p>{t("standard", { days: clock.targetDays, unit: clock.targetUnit })}</p>
            <p>{statutory}</p>
          </>
        )
      )}
    </section>
  );
}
