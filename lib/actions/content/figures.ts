"use server";
// Staff add a dated value to a park figure; the home and park pages follow at once.
import { revalidatePath } from "next/cache";
import { addFigureValue } from "@/lib/data/figure-admin";
import { revalidateFigures } from "@/lib/revalidate";
import { figureValueSchema } from "@/lib/validations/figure";
import { recordId } from "@/lib/validations/ids";
import { defineAction } from "@/lib/actions/define-action";

export const addFigureValueAction = defineAction(
  { access: "content:manage", bound: [recordId], input: figureValueSchema, fields: { duplicate: "asOf" } },
  ({ user, bound: [metricId], input }) => addFigureValue(user, metricId, input),
  {
    revalidate: () => {
      revalidateFigures();
      revalidatePath("/[locale]/staff/figures", "page");
    },
  },
);
