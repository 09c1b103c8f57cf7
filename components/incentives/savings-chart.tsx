// The yearly saving as bars, drawn on the server (SVG, no client JavaScript):
// the exemption's years in the accent colour, the reduced-rate years lighter,
// gridlines with compact amounts in US dollars. Screen readers get a summary;
// the same numbers are in the table below the chart.
import { getFormatter, getTranslations } from "next-intl/server";
import { linearTicks, textWidth, valueScale } from "@/lib/chart-scales";
import type { YearRow } from "@/lib/incentive-calculator";

// Narrower than the figure charts, so that the labels stay legible on a phone.
const W = 560;
const H = 260;
const M = { top: 20, right: 18, bottom: 34 };

export async function SavingsChart({ years, totalLabel }: { years: YearRow[]; totalLabel: string }) {
  const [t, format] = await Promise.all([getTranslations("calculator.chart"), getFormatter()]);
  const compact = (v: number) =>
    format.number(v, { style: "currency", currency: "USD", notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 });
  const ticks = linearTicks(Math.max(...years.map((y) => y.saving), 0));
  // Room for the widest amount on the value axis ("800 тыс. $", "US$80万"), at the
  // larger type a phone gets (globals.css: 18 units).
  const left = 12 + Math.max(...ticks.map((v) => textWidth(compact(v), 18)));
  const y = valueScale(ticks[ticks.length - 1], [H - M.bottom, M.top]);
  const slot = (W - left - M.right) / years.length;
  const bar = Math.max(2, slot * 0.72);
  const x = (i: number) => left + i * slot + (slot - bar) / 2;
  // A year label every few bars, counted from the first year, so that labels never collide.
  const every = [1, 2, 5, 10].find((n) => years.length / n <= 8) ?? 10;
  const first = years[0];
  const last = years[years.length - 1];
  return (
    <figure className="savings-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="savings-chart-title savings-chart-desc">
        <title id="savings-chart-title">{t("title")}</title>
        <desc id="savings-chart-desc">{t("summary", { from: String(first.year), to: String(last.year), total: totalLabel })}</desc>
        <g className="chart-grid">
          {ticks.map((v) => (
            <g key={v}>
              <line x1={left} x2={W - M.right} y1={y(v)} y2={y(v)} />
              <text x={left - 6} y={y(v) + 4} textAnchor="end">
                {compact(v)}
              </text>
            </g>
          ))}
        </g>
        {years.map((row, i) => (
          <rect
            key={row.year}
            className={row.exempt ? "bar-exempt" : "bar-reduced"}
            x={x(i)}
            width={bar}
            y={y(Math.max(0, row.saving))}
            height={Math.max(0, H - M.bottom - y(Math.max(0, row.saving)))}
          >
            <title>{`${row.year}: ${compact(row.saving)}`}</title>
          </rect>
        ))}
        <g className="chart-axis">
          <line x1={left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
          {years.map((row, i) =>
            i % every === 0 ? (
              <text key={row.year} x={x(i) + bar / 2} y={H - M.bottom + 22} textAnchor="middle">
                {row.year}
              </text>
            ) : null,
          )}
        </g>
      </svg>
      <figcaption className="chart-legend">
        <span className="legend-exempt">{t("exempt")}</span> <span className="legend-reduced">{t("reduced")}</span>
      </figcaption>
    </figure>
  );
}
