import { getLocale, getTranslations } from "next-intl/server";
import { RESIDENT_SORTS, RESIDENT_STATUSES, SECTORS } from "@/lib/domain";
import { countryName } from "@/lib/format";
import { getPathname } from "@/lib/i18n/navigation";
import type { ResidentSearch } from "@/lib/validations/resident-search";
import { SelectField } from "@/components/ui/select-field";
import { Button, buttonClass } from "@/components/ui/button";

const SORT_LABEL = { name: "sortName", newest: "sortNewest", investment: "sortInvestment" } as const;

/**
 * A plain GET form: filters live in the URL, so results are shareable, the back
 * button works, and the directory needs no client JavaScript at all.
 */
export async function ResidentFilters({ search, countries }: { search: ResidentSearch; countries: string[] }) {
  const [t, tAll, locale] = await Promise.all([getTranslations("residents"), getTranslations(), getLocale()]);
  const action = getPathname({ href: "/residents", locale });
  const active = [search.sector, search.country, search.status].filter(Boolean).length;
  return (
    <form method="get" action={action} className="filters" role="search">
      <div className="field field-wide">
        <label htmlFor="q">{t("search")}</label>
        <input id="q" name="q" type="search" defaultValue={search.q ?? ""} placeholder={t("searchPlaceholder")} maxLength={100} />
      </div>
      {/* On a phone the four choices fold behind "Filters (n)", so the first result
          is near the top; from 48rem they show in the form's grid (globals.css). */}
      <details className="filters-more">
        <summary className={buttonClass("secondary")}>{t("filters", { count: active })}</summary>
        <SelectField
          id="sector"
          label={t("sector")}
          anyLabel={t("any")}
          defaultValue={search.sector ?? ""}
          options={SECTORS.map((s) => ({ value: s, label: tAll(`sectors.${s}`) }))}
        />
        <SelectField
          id="country"
          label={t("country")}
          anyLabel={t("any")}
          defaultValue={search.country ?? ""}
          options={countries.map((c) => ({ value: c, label: countryName(locale, c) }))}
        />
        <SelectField
          id="status"
          label={t("status")}
          anyLabel={t("any")}
          defaultValue={search.status ?? ""}
          options={RESIDENT_STATUSES.map((s) => ({ value: s, label: tAll(`statuses.${s}`) }))}
        />
        <SelectField
          id="sort"
          label={t("sort")}
          defaultValue={search.sort}
          options={RESIDENT_SORTS.map((s) => ({ value: s, label: t(SORT_LABEL[s]) }))}
        />
      </details>
      <div className="field field-actions">
        <Button type="submit">{t("apply")}</Button>
        <a href={action} className={buttonClass("secondary")}>
          {t("reset")}
        </a>
      </div>
    </form>
  );
}
