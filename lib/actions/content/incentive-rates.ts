"use server";
// Staff add a dated value to an incentive-calculator parameter; the calculator
// uses it from the next request on.
import { revalidatePath, revalidateTag } from "next/cache";
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
      revalidateTag(INCENTIVE_RATES_TAG, "max");
      for (const l of locales) revalidatePath(`/${l}/incentives/calculator`);
      revalidatePath("/[locale]/staff/incentive-rates", "page");
    },
  },
);
