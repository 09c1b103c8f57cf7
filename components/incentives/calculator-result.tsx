// The calculator's answer: eligibility with its reason, the totals, the chart of
// the yearly saving and the year-by-year table (only the taxes the project
// pays), then what the investor can do with it (print, start a proposal).
import { getFormatter, getTranslations } from "next-intl/server";
import { FAST_MINIMUM_USD } from "@/lib/proposal-thresholds";
import { TAXES, type CalculatorInput, type CalculatorResult as Result, type Tax, type TaxPair } from "@/lib/incentive-calculator";
import { TableScroll } from "@/components/ui/table-scroll";
import { Card } from "@/components/ui/card";
import { SavingsChart } from "./savings-chart";
import { PrintButton } from "./print-button";
import { StartProposalWithFigures } from "./start-proposal-with-figures";

// The minimums (lib/proposal-thresholds.ts) as Orbitax summarised Decree No. 166 (a secondary source, marked ⚠ in the text).
const MINIMUMS_SOURCE = "https://www.orbitax.com/news/archive.php/Belarus-Publishes-Decree-on-Im-25429";

type Props = { result: Result; input: CalculatorInput; locale: string; inputSummary: { label: string; value: string }[] };

export async function CalculatorResult({ result, input, locale, inputSummary }: Props) {
  const [t, format] = await Promise.all([getTranslations("calculator"), getFormatter()]);
  const usd = (n: number) => format.number(n, { style: "currency", currency: "USD", maximumFractionDigits: 0 });

  if (result.status === "missingRates" || result.status === "afterRegime") {
    return (
      <section aria-labelledby="result" className="calculator-result">
        <h2 id="result">{t("resultTitle")}</h2>
        <p className="notice">
          {result.status === "missingRates"
            ? t("missingRates", { count: result.missing.length })
            : t("afterRegime", { end: format.dateTime(result.regimeEnd, { dateStyle: "long", timeZone: "UTC" }) })}
        </p>
      </section>
    );
  }
  // The figures the result is for: on paper the form is not printed, so they are listed here.
  const summary = (
    <dl className="calculator-inputs print-only">
      {inputSummary.map((item) => (
        <div key={item.label}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
  const g = result.eligibility;
  const eligibility =
    g.status === "below"
      ? t(`eligibility.below_${g.rule}`, { minimum: usd(g.minimumUsd), shortfall: usd(g.shortfallUsd), fast: usd(FAST_MINIMUM_USD) })
      : t(`eligibility.meets_${g.rule}`, { minimum: usd(g.minimumUsd) });
  const eligibilityBox = (
    <p className={g.status === "below" ? "notice" : "guidance"} data-testid="eligibility">
      {eligibility}{" "}
      <span className="muted">
        {t("eligibility.source")}{" "}
        <a href={MINIMUMS_SOURCE} rel="noopener noreferrer">
          Orbitax
        </a>
      </span>
    </p>
  );
  if (result.status === "below") {
    return (
      <section aria-labelledby="result" className="calculator-result">
        <h2 id="result">{t("resultTitle")}</h2>
        {summary}
        {eligibilityBox}
        <p>{t("belowNoSaving")}</p>
      </section>
    );
  }

  const { totals, years } = result;
  const shown = TAXES.filter((tax) => totals.byTax[tax].general > 0);
  const first = years[0];
  const last = years[years.length - 1];
  const lastDay = format.dateTime(result.regimeEnd, { dateStyle: "long", timeZone: "UTC" });
  const tax = (x: Tax) => t(`taxes.${x}`);
  // A general / park pair of cells for each tax shown, in a year's row or the totals.
  const pairCells = (taxes: Record<Tax, TaxPair>) =>
    shown.flatMap((x) => [<td key={`${x}-g`}>{usd(taxes[x].general)}</td>, <td key={`${x}-p`}>{usd(taxes[x].park)}</td>]);
  // Import VAT paid under the general regime is usually deducted later: its part of the saving is mostly cash flow.
  const vatSaving = totals.byTax.importVat.general - totals.byTax.importVat.park;
  return (
    <section aria-labelledby="result" className="calculator-result">
      <h2 id="result">{t("resultTitle")}</h2>
      {summary}
      {eligibilityBox}
      <dl className="calculator-totals" data-testid="totals">
        <div>
          <dt>{t("totals.general", { from: String(first.year), to: String(last.year) })}</dt>
          <dd>{usd(totals.general)}</dd>
        </div>
        <div>
          <dt>{t("totals.park")}</dt>
          <dd>{usd(totals.park)}</dd>
        </div>
        <div className="total-saving">
          <dt>{t("totals.saving")}</dt>
          <dd data-testid="saving">{usd(totals.saving)}</dd>
        </div>
        <div>
          <dt>
            {t("totals.discounted", {
              rate: format.number(input.discountPct / 100, { style: "percent", maximumFractionDigits: 2 }),
              year: String(first.year),
            })}
          </dt>
          <dd data-testid="saving-discounted">{usd(totals.savingDiscounted)}</dd>
        </div>
      </dl>
      <p className="muted">
        {t("window", {
          exemptTo: String(Math.min(result.exemptionLastYear, last.year)),
          from: String(input.firstProfitYear),
          end: lastDay,
        })}
      </p>
      {vatSaving > 0 && <p className="hint">{t("vatCashFlow", { amount: usd(vatSaving) })}</p>}
      {result.highRateUnchecked && <p className="hint">{t("highRateUnchecked")}</p>}
      {years.some((r) => r.higherRate && !r.exempt) && <p className="hint">{t("higherRateShare")}</p>}
      {years.length > 0 && <SavingsChart years={years} totalLabel={usd(totals.saving)} />}
      <div className="result-actions">
        <PrintButton label={t("print")} />
        <StartProposalWithFigures
          locale={locale}
          prefill={{
            rdProject: input.rdProject,
            totalInvestmentUsd: String(input.totalInvestmentUsd),
            investmentFirst3YearsUsd: input.investmentFirst3YearsUsd === null ? "" : String(input.investmentFirst3YearsUsd),
            landHa: input.landAreaHa === null ? "" : String(input.landAreaHa),
          }}
          labels={{
            start: t("startProposal"),
            signIn: t("startSignIn"),
            signInLink: t("startSignInLink"),
            notInvestor: t("startNotInvestor"),
            failed: t("startFailed"),
          }}
        />
      </div>
      <h3>{t("tableTitle")}</h3>
      <TableScroll label={t("tableTitle")}>
        <table className="data-table calculator-table">
          <colgroup />
          {shown.map((x) => (
            <colgroup key={x} span={2} />
          ))}
          <colgroup />
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {t("table.year")}
              </th>
              {shown.map((x) => (
                <th scope="colgroup" colSpan={2} key={x}>
                  {tax(x)}
                </th>
              ))}
              <th scope="col" rowSpan={2}>
                {t("table.saving")}
              </th>
            </tr>
            <tr>
              {shown.flatMap((x) => [
                <th scope="col" key={`${x}-g`}>
                  {t("table.general")}
                </th>,
                <th scope="col" key={`${x}-p`}>
                  {t("table.park")}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {years.map((row) => (
              <tr key={row.year}>
                <th scope="row">
                  {row.year}
                  {row.parkShareOfYear < 1 && <sup aria-hidden="true">*</sup>}
                </th>
                {pairCells(row.taxes)}
                <td>{usd(row.saving)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("table.total")}</th>
              {pairCells(totals.byTax)}
              <td>{usd(totals.saving)}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      {years.some((r) => r.parkShareOfYear < 1) && <p className="hint">* {t("table.partYear", { end: lastDay })}</p>}
      <Card as="section" aria-labelledby="assumptions" className="calculator-assumptions">
        <h3 id="assumptions">{t("assumptions.title")}</h3>
        <ul>
          {(["years", "rates", "profit", "property", "imports", "vatRecovery", "notModelled"] as const).map((k) => (
            <li key={k}>{t(`assumptions.${k}`)}</li>
          ))}
        </ul>
      </Card>
    </section>
  );
}
