import { getLocale, getTranslations } from "next-intl/server";
import type { ResidentCard as CardData } from "@/lib/data/residents";
import { countryNames } from "@/lib/format";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { FallbackNote } from "@/components/ui/fallback-note";
import { ResidentMark } from "./resident-mark";
import { Card } from "@/components/ui/card";

/** `heading`: h2 where the card list sits right under the page's h1, h3 under a section heading. */
export async function ResidentCard({ resident, heading: Heading = "h3" }: { resident: CardData; heading?: "h2" | "h3" }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <Card as="article" className="resident-card">
      <div className="resident-card-head">
        <ResidentMark name={resident.name} logoUrl={resident.logoUrl} />
        <Heading>
          <Link href={`/residents/${resident.slug}`}>{resident.name}</Link>
        </Heading>
      </div>
      <p className="card-meta">
        {countryNames(locale, resident.countries)} · {t(`sectors.${resident.sector}`)} ·{" "}
        <span className={`status status-${resident.status.toLowerCase()}`}>{t(`statuses.${resident.status}`)}</span>
      </p>
      <p lang={resident.textLocale}>{resident.summary}</p>
      {resident.isFallback && <FallbackNote textLocale={resident.textLocale} />}
    </Card>
  );
}
