// What each incentive-calculator parameter measures, for the forms, the staff
// page and the rate list beside the calculator's result.
import type { IncentiveParameter } from "@/lib/domain";

/**
 * percent: a rate of the general regime; shareOfGeneral: the share of the
 * general tax a park resident pays (0 = exempt); years; byn: an amount in
 * Belarusian roubles.
 */
export type ParameterUnit = "percent" | "shareOfGeneral" | "years" | "byn";

export const PARAMETER_UNITS: Record<IncentiveParameter, ParameterUnit> = {
  GENERAL_PROFIT_TAX: "percent",
  GENERAL_PROFIT_TAX_HIGH: "percent",
  HIGH_RATE_THRESHOLD_BYN: "byn",
  REAL_ESTATE_TAX: "percent",
  IMPORT_VAT: "percent",
  PARK_PROFIT_EXEMPT_YEARS: "years",
  PARK_PROFIT_REDUCED_SHARE: "shareOfGeneral",
  PARK_REAL_ESTATE_SHARE: "shareOfGeneral",
  PARK_LAND_SHARE: "shareOfGeneral",
  PARK_IMPORT_VAT_SHARE: "shareOfGeneral",
  PARK_IMPORT_DUTY_SHARE: "shareOfGeneral",
};
