"use server";
// Marks the signed-in user's notifications read.
import { revalidatePath } from "next/cache";
import { markNotificationsRead } from "@/lib/data/notifications";
import { ok } from "@/lib/data/result";
import { defineAction } from "@/lib/actions/define-action";

export const markAllNotificationsReadAction = defineAction(
  { access: "signedIn" },
  async ({ user }) => {
    await markNotificationsRead(user, "all");
    return ok();
  },
  { revalidate: () => revalidatePath("/[locale]/account/notifications", "page") },
);
