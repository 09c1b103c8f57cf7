// What the directory is, said plainly: the residents public sources confirm,
// against the park's own count with its date and source, and where the full
// register is kept. (The home page shows the park's count; without this the
// directory's "10 residents" reads as a contradiction.)
import { getFormatter, getTranslations } from "next-intl/server";
import { listFigureSeries } from "@/lib/data/figures";
import { countPublishedResidents } from "@/lib/data/residents";
import { formatAsOf } from "@/lib/format";
import { PARK_OFFICIAL_SITE } from "@/lib/structured-data";
import { SourceLink } from "@/components/ui/source-link";

export async function DirectoryScope({ locale }: { locale: string }) {
  const [t, format, series, listed] = await Promise.all([
    getTranslations("residents"),
    getFormatter(),
    listFigureSeries(locale),
    countPublishedResidents(),
  ]);
  const park = series.find((s) => s.key === "residents")?.latest;
  return (
    <p className="muted directory-scope">
      {park
        ? t("scope", { listed, total: park.value, date: formatAsOf(format, park.asOf, park.asOfPrecision) })
        : t("scopeNoTotal", { listed })}{" "}
      {park && <SourceLink title={park.sourceTitle} url={park.sourceUrl} label="publisher" />}{" "}
      {t.rich("officialList", {
        link: (chunks) => (
          <a href={PARK_OFFICIAL_SITE} rel="noopener noreferrer external" target="_blank">
            {chunks}
          </a>
        ),
      })}
    </p>
  );
}
