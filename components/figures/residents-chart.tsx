import { getFormatter, getTranslations } from "next-intl/server";
import type { FigureSeries } from "@/lib/data/figures";
import { formatAsOf } from "@/lib/format";

/** A bar chart of the residents series, drawn on the server as SVG (no client JS). */
export async function ResidentsChart({ series }: { series: FigureSeries }) {
  const [t, format] = await Promise.all([getTranslations("figures"), getFormatter()]);
  const max = Math.max(...series.points.map((p) => p.value));
  const barWidth = 100 / series.points.length;
  return (
    <figure className="chart">
      <svg viewBox="0 0 100 60" role="img" aria-labelledby="residents-chart-title" preserveAspectRatio="none">
        <title id="residents-chart-title">{t("residentsChart")}</title>
        {series.points.map((p, i) => {
          const height = (p.value / max) * 50;
          const label = t("chartLabel", { count: p.value, date: formatAsOf(format, p.asOf, p.asOfPrecision) });
          return (
            <g key={p.id}>
              <rect x={i * barWidth + barWidth * 0.15} y={55 - height} width={barWidth * 0.7} height={height} className="chart-bar">
                <title>{label}</title>
              </rect>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ol className="chart-legend">
          {series.points.map((p) => (
            <li key={p.id}>
              <strong>{format.number(p.value)}</strong> <span>{formatAsOf(format, p.asOf, "MONTH")}</span>
            </li>
          ))}
        </ol>
      </figcaption>
    </figure>
  );
}
