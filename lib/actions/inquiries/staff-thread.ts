"use server";
// Staff actions on an inquiry: assign, reply, internal note, status change.
import { addInternalNote, assignInquiry, changeInquiryStatus, replyAsStaff } from "@/lib/data/inquiry-inbox";
import { recordId } from "@/lib/validations/ids";
import { assignSchema, messageSchema, statusChangeSchema } from "@/lib/validations/inquiry";
import { defineAction, revalidateRecordPage } from "@/lib/actions/define-action";

const refresh = revalidateRecordPage("/[locale]/staff/inquiries");

export const assignInquiryAction = defineAction(
  { access: "inquiry:triage", bound: [recordId], input: assignSchema },
  ({ user, bound: [id], input }) => assignInquiry(user, id, input.assigneeId || null),
  { revalidate: refresh },
);

export const staffReplyAction = defineAction(
  { access: "inquiry:triage", bound: [recordId], input: messageSchema },
  ({ user, bound: [id], input }) => replyAsStaff(user, id, input.body, input.clientKey),
  { revalidate: refresh },
);

export const internalNoteAction = defineAction(
  { access: "inquiry:triage", bound: [recordId], input: messageSchema },
  ({ user, bound: [id], input }) => addInternalNote(user, id, input.body, input.clientKey),
  { revalidate: refresh },
);

export const changeInquiryStatusAction = defineAction(
  { access: "inquiry:triage", bound: [recordId], input: statusChangeSchema },
  ({ user, bound: [id], input }) => changeInquiryStatus(user, id, input.event, input.reason),
  { revalidate: refresh },
);
