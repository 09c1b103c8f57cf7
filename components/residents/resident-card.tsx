import { getLocale, getTranslations } from "next-intl/server";
import type { ResidentCard as Card } from "@/lib/data/residents";
import { countryName } from "@/lib/format";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { FallbackNote } from "@/components/ui/fallback-note";

export async function ResidentCard({ resident }: { resident: Card }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <article className="card resident-card">
      <h3>
        <Link href={`/residents/${resident.slug}`}>{resident.name}</Link>
      </h3>
      <p className="card-meta">
        {countryName(locale, resident.country)} · {t(`sectors.${resident.sector}`)} ·{" "}
        <span className={`status status-${resident.status.toLowerCase()}`}>{t(`statuses.${resident.status}`)}</span>
      </p>
      <p lang={resident.textLocale}>{resident.summary}</p>
      {resident.isFallback && <FallbackNote textLocale={resident.textLocale} />}
    </article>
  );
}
