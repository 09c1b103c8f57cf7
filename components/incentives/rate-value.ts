// A calculator parameter's value as readers see it, by what it measures: a rate
// in per cent, a resident's share of the general tax ("exempt", "50 % of the
// general rate"), years, or roubles. One wording for the public list and the
// staff page.
import type { getFormatter, getTranslations } from "next-intl/server";
import type { IncentiveParameter } from "@/lib/domain";
import { PARAMETER_UNITS } from "@/lib/incentive-parameters";
import type { IncentiveRateRow } from "@/lib/data/incentive-rates";

type Translate = Awaited<ReturnType<typeof getTranslations<"incentiveRates">>>;
type Format = Awaited<ReturnType<typeof getFormatter>>;

export function rateValueText(t: Translate, format: Format, parameter: IncentiveParameter, value: number): string {
  const unit = PARAMETER_UNITS[parameter];
  if (unit === "years") return t("units.years", { value });
  if (unit === "byn") return t("units.byn", { value: format.number(value) });
  if (unit === "shareOfGeneral")
    return value === 0 ? t("units.exempt") : t("units.shareOfGeneral", { value: format.number(value / 100, { style: "percent" }) });
  return format.number(value / 100, { style: "percent", maximumFractionDigits: 4 });
}

/** A rate's legal basis in the reader's language. */
export const legalBasisOf = (row: Pick<IncentiveRateRow, "legalBasisEn" | "legalBasisRu" | "legalBasisZh">, locale: string) =>
  locale === "ru" ? row.legalBasisRu : locale === "zh" ? row.legalBasisZh : row.legalBasisEn;
