import { getFormatter, getTranslations } from "next-intl/server";
import type { FigureSeries } from "@/lib/data/figures";
import { formatAsOf } from "@/lib/format";
import { SourceLink } from "@/components/ui/source-link";
import { FigureValue } from "./figure-value";

/** The latest value of each featured figure, with its date and source. */
export async function KeyFigures({ series }: { series: FigureSeries[] }) {
  const [t, format] = await Promise.all([getTranslations("common"), getFormatter()]);
  return (
    <dl className="key-figures">
      {series.map((s) => (
        <div key={s.key} className="key-figure" data-figure={s.key}>
          <dt>{s.label}</dt>
          <dd className="key-figure-value">
            <FigureValue point={s.latest} unit={s.unit} />
          </dd>
          <dd className="key-figure-meta">
            {t("asOf", { date: formatAsOf(format, s.latest.asOf, s.latest.asOfPrecision) })} ·{" "}
            <span className="visually-hidden">{t("source")}: </span>
            <SourceLink title={s.latest.sourceTitle} url={s.latest.sourceUrl} label="publisher" />
          </dd>
        </div>
      ))}
    </dl>
  );
}
