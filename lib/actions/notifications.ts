"use server";
// Marks the signed-in user's notifications read.
import { revalidatePath } from "next/cache";
import { markNotificationsRead } from "@/lib/data/notifications";
import { getCurrentUser } from "@/lib/session";
import { fail, type ActionResult } from "@/lib/actions/result";

export async function markAllNotificationsReadAction(): Promise<ActionResult> {
  const user = await getCurrentUser();
  if (!user) return fail("signedOut");
  await markNotificationsRead(user, "all");
  revalidatePath("/[locale]/account/notifications", "page");
  return { ok: true };
}
