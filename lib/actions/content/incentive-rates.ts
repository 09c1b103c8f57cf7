"use server";
// Staff add a dated value to an incentive-calculator parameter; the calculator
// uses it from the next request on.
import { revalidatePath, updateTag } from "next/cache";
import { addIncentiveRate, INCENTIVE_RATES_TAG } from "@/lib/data/incentive-rates";
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
      // The calculator itself renders per request, so the rates are all there is to refresh.
      updateTag(INCENTIVE_RATES_TAG);
      revalidatePath("/[locale]/staff/incentive-rates", "page");
    },
  },
);
