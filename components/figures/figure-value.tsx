import { getFormatter, getTranslations } from "next-intl/server";
import type { FigurePoint } from "@/lib/data/figures";
import { formatFigureNumber } from "@/lib/format";

/** One figure value with its unit and qualifier ("more than 1,000 km"). */
export async function FigureValue({ point, unit }: { point: FigurePoint; unit: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const number = formatFigureNumber(format, point.value, unit);
  const withUnit = unit === "years" ? t("units.years", { value: point.value }) : t(`units.${unit}` as "units.km", { value: number });
  if (point.qualifier === "MORE_THAN") return <>{t("common.moreThan", { value: withUnit })}</>;
  if (point.qualifier === "APPROXIMATE") return <>{t("common.approximately", { value: withUnit })}</>;
  return <>{withUnit}</>;
}
