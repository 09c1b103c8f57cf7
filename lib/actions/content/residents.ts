"use server";
// Staff edit resident listings; public pages are revalidated on the spot.
import { revalidatePath } from "next/cache";
import { deleteResident, saveResident, setResidentPublished, type ContentResult } from "@/lib/data/resident-admin";
import { revalidateResident } from "@/lib/revalidate";
import { getUserWith } from "@/lib/session";
import { residentEditSchema } from "@/lib/validations/resident-admin";
import { fail, invalid, type ActionResult } from "@/lib/actions/result";

function outcome(result: ContentResult | "notConfirmed"): ActionResult<never> {
  if (result === "slugTaken") return { ok: false, fieldErrors: { slug: "slugTaken" }, formError: "invalid" };
  if (result === "notConfirmed") return { ok: false, fieldErrors: { confirm: "notConfirmed" }, formError: "invalid" };
  return fail(result === "changed" ? "changedSinceOpened" : result);
}

export async function saveResidentAction(id: string | null, input: unknown): Promise<ActionResult<{ id: string; version: number }>> {
  const user = await getUserWith("content:manage");
  if (!user) return fail("forbidden");
  const parsed = residentEditSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const saved = await saveResident(user, id ? String(id) : null, parsed.data);
  if (saved.result !== "ok") return outcome(saved.result);
  if (saved.oldSlug && saved.oldSlug !== saved.slug) revalidateResident(saved.oldSlug);
  revalidateResident(saved.slug!);
  revalidatePath("/[locale]/staff/residents", "page");
  return { ok: true, data: { id: saved.id!, version: saved.version! } };
}

export async function setResidentPublishedAction(id: string, published: boolean): Promise<ActionResult> {
  const user = await getUserWith("content:manage");
  if (!user) return fail("forbidden");
  const { result, slug } = await setResidentPublished(user, String(id), Boolean(published));
  if (result !== "ok") return outcome(result);
  revalidateResident(slug!);
  return { ok: true };
}

export async function deleteResidentAction(id: string, confirmSlug: string): Promise<ActionResult> {
  const user = await getUserWith("content:manage");
  if (!user) return fail("forbidden");
  const { result, slug } = await deleteResident(user, String(id), String(confirmSlug ?? ""));
  if (result !== "ok") return outcome(result);
  revalidateResident(slug!);
  return { ok: true };
}
