// Every rate the calculator uses, as in force this year: its value, legal basis,
// validity, source (linked, with its own date or "undated") and a ⚠ where the
// source is a summary by a law firm, news service or business association
// rather than a legal text or a state body. Later values already on record are
// listed too, from the year they apply.
import { getFormatter, getTranslations } from "next-intl/server";
import { INCENTIVE_PARAMETERS } from "@/lib/domain";
import { formatAsOf } from "@/lib/format";
import { rateInForce } from "@/lib/incentive-calculator";
import { legalBasisOf, rateValueText } from "./rate-value";
import type { IncentiveRateRow } from "@/lib/data/incentive-rates";
import type { RateSchedule } from "@/lib/incentive-calculator";

export async function RatesInForce({ schedule, year, locale }: { schedule: RateSchedule; year: number; locale: string }) {
  const [t, tp, format] = await Promise.all([getTranslations("calculator.rates"), getTranslations("incentiveRates"), getFormatter()]);
  const entries = INCENTIVE_PARAMETERS.flatMap((parameter) => {
    const rows = schedule[parameter] as readonly IncentiveRateRow[];
    const now = rateInForce(rows, year) as IncentiveRateRow | null;
    // Values on record for later years: each one that will be in force from the first 1 January on or after its start
    // (a correction entered later for the same start replaces it).
    const later = rows.filter((r) => {
      if (!r.effectiveFrom || r.effectiveFrom.getTime() <= Date.UTC(year, 0, 1)) return false;
      const from = r.effectiveFrom;
      const firstYear = from.getUTCMonth() === 0 && from.getUTCDate() === 1 ? from.getUTCFullYear() : from.getUTCFullYear() + 1;
      return rateInForce(rows, firstYear) === r;
    });
    return [...(now ? [{ row: now, later: false }] : []), ...later.map((row) => ({ row, later: true }))];
  });
  return (
    <section aria-labelledby="rates" className="calculator-rates">
      <h2 id="rates">{t("title", { year: String(year) })}</h2>
      <p>{t("lead")}</p>
      <ul className="rate-list">
        {entries.map(({ row, later }) => (
          <li key={row.id} data-testid={`rate-${row.parameter}`}>
            <p className="rate-head">
              {t.rich("rateLine", {
                name: tp(`parameters.${row.parameter}`),
                value: rateValueText(tp, format, row.parameter, row.value),
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
              {later && row.effectiveFrom && <> {t("from", { date: formatAsOf(format, row.effectiveFrom, row.effectiveFromPrecision) })}</>}
            </p>
            <p className="rate-meta">
              {t("legalBasisLine", { basis: legalBasisOf(row, locale) })}
              {row.effectiveFrom && !later && (
                <> · {t("since", { date: formatAsOf(format, row.effectiveFrom, row.effectiveFromPrecision) })}</>
              )}
              {row.effectiveUntil && <> · {t("until", { date: formatAsOf(format, row.effectiveUntil) })}</>}
            </p>
            <p className="rate-meta">
              {row.sourceKind === "SECONDARY" && (
                <span className="secondary-mark" title={t("secondary")}>
                  <span aria-hidden="true">⚠ </span>
                  <span className="visually-hidden">{t("secondary")}: </span>
                </span>
              )}
              {t.rich("sourceLine", {
                title: row.sourceTitle,
                link: (chunks) => (
                  <a href={row.sourceUrl} rel="noopener noreferrer">
                    {chunks}
                  </a>
                ),
              })}
              {" · "}
              {row.sourceDate ? formatAsOf(format, row.sourceDate, row.sourceDatePrecision) : t("undated")}
              {" · "}
              {t("checked", { date: formatAsOf(format, row.checkedOn) })}
            </p>
          </li>
        ))}
      </ul>
      <p className="hint">⚠ {t("secondaryNote")}</p>
      <p className="hint">{t("yours")}</p>
    </section>
  );
}
