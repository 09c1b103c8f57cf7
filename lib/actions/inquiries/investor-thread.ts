"use server";
// The investor's actions on their own inquiry: reply, close.
import { closeAsInvestor, replyAsInvestor } from "@/lib/data/inquiries";
import { recordId } from "@/lib/validations/ids";
import { messageSchema } from "@/lib/validations/inquiry";
import { defineAction, revalidateRecordPage } from "@/lib/actions/define-action";

const refresh = revalidateRecordPage("/[locale]/account/inquiries");

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
