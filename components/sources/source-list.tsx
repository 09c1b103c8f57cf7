// The numbered list of a page's sources: publisher in the reader's language,
// date as precise as the source, and the full address (so a printout keeps it).
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SOURCES, SOURCES_CHECKED, type SourceId } from "@/lib/content/sources";
import { formatSourceDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";

export async function SourceList({ numbers }: { numbers: Map<SourceId, number> }) {
  const [t, format, locale] = await Promise.all([getTranslations("sources"), getFormatter(), getLocale()]);
  const ordered = [...numbers.entries()].sort((a, b) => a[1] - b[1]);
  return (
    <section aria-labelledby="sources" className="source-list">
      <h2 id="sources">{t("title")}</h2>
      <p className="muted">{t("lead")}</p>
      <ol>
        {ordered.map(([id, n]) => {
          const source = SOURCES[id];
          return (
            <li key={id} id={`source-${n}`} value={n}>
              {source.publisher[locale as Locale]},{" "}
              {source.date ? formatSourceDate(format, source.date) : t("undated", { date: formatSourceDate(format, SOURCES_CHECKED) })}
              {"secondary" in source && <> ⚠ {t("secondary")}</>}.{" "}
              <a href={source.url} rel="noopener noreferrer external" target="_blank" className="source-url">
                {source.url}
              </a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
