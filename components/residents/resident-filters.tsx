import { getLocale, getTranslations } from "next-intl/server";
import { RESIDENT_SORTS, RESIDENT_STATUSES, SECTORS } from "@/lib/domain";
import { countryName } from "@/lib/format";
import { getPathname } from "@/lib/i18n/navigation";
import type { ResidentSearch } from "@/lib/validations/resident-search";

const SORT_LABEL = { name: "sortName", newest: "sortNewest", investment: "sortInvestment" } as const;

/**
 * A plain GET form: filters live in the URL, so results are shareable, the back
 * button works, and the directory needs no client JavaScript at all.
 */
export async function ResidentFilters({ search, countries }: { search: ResidentSearch; countries: string[] }) {
  const [t, tAll, locale] = await Promise.all([getTranslations("residents"), getTranslations(), getLocale()]);
  const action = getPathname({ href: "/residents", locale });
  return (
    <form method="get" action={action} className="filters" role="search">
      <div className="field field-wide">
        <label htmlFor="q">{t("search")}</label>
        <input id="q" name="q" type="search" defaultValue={search.q ?? ""} placeholder={t("searchPlaceholder")} maxLength={100} />
      </div>
      <div className="field">
        <label htmlFor="sector">{t("sector")}</label>
        <select id="sector" name="sector" defaultValue={search.sector ?? ""}>
          <option value="">{t("any")}</option>
          {SECTORS.map((s) => (
            <option key={s} value={s}>{tAll(`sectors.${s}`)}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="country">{t("country")}</label>
        <select id="country" name="country" defaultValue={search.country ?? ""}>
          <option value="">{t("any")}</option>
          {countries.map((c) => (
            <option key={c} value={c}>{countryName(locale, c)}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="status">{t("status")}</label>
        <select id="status" name="status" defaultValue={search.status ?? ""}>
          <option value="">{t("any")}</option>
          {RESIDENT_STATUSES.map((s) => (
            <option key={s} value={s}>{tAll(`statuses.${s}`)}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="sort">{t("sort")}</label>
        <select id="sort" name="sort" defaultValue={search.sort}>
          {RESIDENT_SORTS.map((s) => (
            <option key={s} value={s}>{t(SORT_LABEL[s])}</option>
          ))}
        </select>
      </div>
      <div className="field field-actions">
        <button type="submit" className="button">{t("apply")}</button>
        <a href={action} className="button button-secondary">{t("reset")}</a>
      </div>
    </form>
  );
}
