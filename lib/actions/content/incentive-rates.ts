"use server";
// Staff add a dated value to an incentive-calculator parameter; the calculator
// uses it from the next request on.
import { revalidatePath, updateTag } from "next/cache";
import { addIncentiveRate, INCENTIVE_RATES_TAG } from "@/lib/data/incentive-rates";
import { locales } from "@/lib/i18n/routing";
import { incentiveRateSchema } from "@/lib/validations/incentive-rate";
import { defineAction } from "@/lib/actions/define-action";

export const addIncentiveRateAction = defineAction(
  { access: "content:manage", input: incentiveRateSchema },
  ({ user, input }) => addIncentiveRate(user, input),
  {
    // The form goes on from the row it just added (its version guard).
    data: ({ id }) => ({ id }),
    revalidate: () => {
      // Expired at once (not served stale once more): the next calculation uses the new value.
      updateTag(INCENTIVE_RATES_TAG);
      for (const l of locales) revalidatePath(`/${l}/incentives/calculator`);
      revalidatePath("/[locale]/staff/incentive-rates", "page");
    },
  },
);
