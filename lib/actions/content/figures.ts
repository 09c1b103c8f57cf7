"use server";
// Staff add a dated value to a park figure; the home and park pages follow at once.
import { revalidatePath } from "next/cache";
import { addFigureValue } from "@/lib/data/figure-admin";
import { revalidateFigures } from "@/lib/revalidate";
import { getUserWith } from "@/lib/session";
import { figureValueSchema } from "@/lib/validations/figure";
import { fail, invalid, type ActionResult } from "@/lib/actions/result";

export async function addFigureValueAction(metricId: string, input: unknown): Promise<ActionResult> {
  const user = await getUserWith("content:manage");
  if (!user) return fail("forbidden");
  const parsed = figureValueSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = await addFigureValue(user, String(metricId), parsed.data);
  if (result === "duplicate") return { ok: false, fieldErrors: { asOf: "duplicateValue" }, formError: "invalid" };
  if (result !== "ok") return fail(result);
  revalidateFigures();
  revalidatePath("/[locale]/staff/figures", "page");
  return { ok: true };
}
