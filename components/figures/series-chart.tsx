// One figure series as a chart drawn on the server (SVG, no client JavaScript):
// a real time axis (dates placed by time, not spaced evenly), gridlines with
// labelled values on the value axis, each point labelled with its value and
// unit. Series whose sources disagree on a date are drawn as points only, with
// no line claiming a trend between them. Screen readers get a summary; the full
// data sits in a table behind a disclosure next to the chart.
import { getFormatter, getTranslations } from "next-intl/server";
import type { FigurePoint, FigureSeries } from "@/lib/data/figures";
import { formatAsOf, formatFigureNumber } from "@/lib/format";
import { placeLabels, linearTicks, timeScale, valueScale, yearTicks } from "@/lib/chart-scales";

const W = 640;
const H = 240;
const M = { top: 28, right: 24, bottom: 32, left: 64 };

export async function SeriesChart({ series }: { series: FigureSeries }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const points = series.points;
  const x = timeScale(
    points.map((p) => p.asOf),
    [M.left, W - M.right],
  );
  const ticks = linearTicks(Math.max(...points.map((p) => p.value)));
  const y = valueScale(ticks[ticks.length - 1], [H - M.bottom, M.top]);
  const number = (v: number) => formatFigureNumber(format, v, series.unit);
  const withUnit = (p: FigurePoint) =>
    series.unit === "years" ? t("units.years", { value: p.value }) : t(`units.${series.unit}` as "units.km", { value: number(p.value) });
  const id = `chart-${series.key}`;
  const first = points[0];
  const last = points[points.length - 1];
  const labels = placeLabels(points.map((p) => x(p.asOf)));
  return (
    <figure className="series-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{series.label}</title>
        <desc id={`${id}-desc`}>
          {t("figures.chartSummary", {
            count: points.length,
            first: withUnit(first),
            firstDate: formatAsOf(format, first.asOf, first.asOfPrecision),
            last: withUnit(last),
            lastDate: formatAsOf(format, last.asOf, last.asOfPrecision),
          })}
        </desc>
        <text x={4} y={14} className="chart-unit">
          {t(`figures.axisUnit.${series.unit}` as "figures.axisUnit.count")}
        </text>
        <g className="chart-grid">
          {ticks.map((v) => (
            <g key={v}>
              <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} />
              <text x={M.left - 8} y={y(v) + 4} textAnchor="end">
                {number(v)}
              </text>
            </g>
          ))}
        </g>
        <g className="chart-axis">
          <line x1={M.left} x2={W - M.right} y1={H - M.bottom} y2={H - M.bottom} />
          {yearTicks(
            points.map((p) => p.asOf),
            7,
          ).map((d) => (
            <g key={d.getTime()}>
              <line x1={x(d)} x2={x(d)} y1={H - M.bottom} y2={H - M.bottom + 5} />
              <text x={x(d)} y={H - M.bottom + 20} textAnchor="middle">
                {d.getUTCFullYear()}
              </text>
            </g>
          ))}
        </g>
        {!series.disputed && points.length > 1 && (
          <polyline className="chart-line" points={points.map((p) => `${x(p.asOf)},${y(p.value)}`).join(" ")} />
        )}
        {points.map((p, i) => {
          const px = x(p.asOf);
          return (
            <g key={p.id} className="chart-point">
              <circle cx={px} cy={y(p.value)} r={4.5}>
                <title>{`${withUnit(p)} (${formatAsOf(format, p.asOf, p.asOfPrecision)})`}</title>
              </circle>
              {labels[i] !== "none" && (
                <text x={px} y={labels[i] === "below" ? y(p.value) + 18 : y(p.value) - 10} textAnchor="middle">
                  {number(p.value)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
