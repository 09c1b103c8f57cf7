import { getFormatter, getTranslations } from "next-intl/server";
import type { FigureSeries } from "@/lib/data/figures";
import { formatAsOf } from "@/lib/format";
import { SourceLink } from "@/components/ui/source-link";
import { FigureValue } from "./figure-value";
import { Badge } from "@/components/ui/badge";

/** Every dated value of one figure, each with its source; disagreements flagged. */
export async function FigureSeriesTable({ series }: { series: FigureSeries }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <table className="series-table" data-figure={series.key}>
      <caption>
        {series.label}
        {series.disputed && <Badge tone="warn">{t("figures.disputed")}</Badge>}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t("figures.date")}</th>
          <th scope="col">{t("figures.value")}</th>
          <th scope="col">{t("common.source")}</th>
        </tr>
      </thead>
      <tbody>
        {series.points.map((p) => (
          <tr key={p.id}>
            <td>{formatAsOf(format, p.asOf, p.asOfPrecision)}</td>
            <td>
              <FigureValue point={p} unit={series.unit} />
            </td>
            <td>
              <SourceLink title={p.sourceTitle} url={p.sourceUrl} label="publisher" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
