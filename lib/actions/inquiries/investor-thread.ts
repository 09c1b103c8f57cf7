"use server";
// The investor's actions on their own inquiry: reply, close.
import { revalidatePath } from "next/cache";
import { closeAsInvestor, replyAsInvestor } from "@/lib/data/inquiries";
import { recordId } from "@/lib/validations/ids";
import { messageSchema } from "@/lib/validations/inquiry";
import { defineAction } from "@/lib/actions/define-action";

const refresh = (_: unknown, { bound: [id] }: { bound: readonly [string, ...unknown[]] }) =>
  revalidatePath(`/[locale]/account/inquiries/${id}`, "page");

export const replyToInquiryAction = defineAction(
  { access: "inquiry:own", bound: [recordId], input: messageSchema },
  ({ user, bound: [id], input }) => replyAsInvestor(user, id, input.body, input.clientKey),
  { revalidate: refresh },
);

export const closeInquiryAction = defineAction(
  { access: "inquiry:own", bound: [recordId] },
  ({ user, bound: [id] }) => closeAsInvestor(user, id),
  { revalidate: refresh },
);
