"use server";
// The investor's actions on their own inquiry: reply, close.
import { revalidatePath } from "next/cache";
import { closeAsInvestor, replyAsInvestor } from "@/lib/data/inquiries";
import { getUserWith } from "@/lib/session";
import { messageSchema } from "@/lib/validations/inquiry";
import { fail, invalid, type ActionResult } from "@/lib/actions/result";
import { threadResult } from "./thread-result";

export async function replyToInquiryAction(id: string, input: unknown): Promise<ActionResult> {
  const user = await getUserWith("inquiry:own");
  if (!user) return fail("signedOut");
  const parsed = messageSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = threadResult(await replyAsInvestor(user, String(id), parsed.data.body, parsed.data.clientKey));
  revalidatePath(`/[locale]/account/inquiries/${id}`, "page");
  return result;
}

export async function closeInquiryAction(id: string): Promise<ActionResult> {
  const user = await getUserWith("inquiry:own");
  if (!user) return fail("signedOut");
  const result = threadResult(await closeAsInvestor(user, String(id)));
  revalidatePath(`/[locale]/account/inquiries/${id}`, "page");
  return result;
}
