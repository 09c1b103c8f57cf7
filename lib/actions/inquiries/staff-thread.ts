"use server";
// Staff actions on an inquiry: assign, reply, internal note, status change.
import { revalidatePath } from "next/cache";
import { addInternalNote, assignInquiry, changeInquiryStatus, replyAsStaff } from "@/lib/data/inquiry-inbox";
import { getUserWith } from "@/lib/session";
import { assignSchema, messageSchema, statusChangeSchema } from "@/lib/validations/inquiry";
import { fail, invalid, type ActionResult } from "@/lib/actions/result";
import { threadResult } from "./thread-result";

function refresh(id: string) {
  revalidatePath(`/[locale]/staff/inquiries/${id}`, "page");
}

export async function assignInquiryAction(id: string, input: unknown): Promise<ActionResult> {
  const user = await getUserWith("inquiry:triage");
  if (!user) return fail("forbidden");
  const parsed = assignSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = threadResult(await assignInquiry(user, String(id), parsed.data.assigneeId || null));
  refresh(id);
  return result;
}

export async function staffReplyAction(id: string, input: unknown): Promise<ActionResult> {
  const user = await getUserWith("inquiry:triage");
  if (!user) return fail("forbidden");
  const parsed = messageSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = threadResult(await replyAsStaff(user, String(id), parsed.data.body, parsed.data.clientKey));
  refresh(id);
  return result;
}

export async function internalNoteAction(id: string, input: unknown): Promise<ActionResult> {
  const user = await getUserWith("inquiry:triage");
  if (!user) return fail("forbidden");
  const parsed = messageSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = threadResult(await addInternalNote(user, String(id), parsed.data.body, parsed.data.clientKey));
  refresh(id);
  return result;
}

export async function changeInquiryStatusAction(id: string, input: unknown): Promise<ActionResult> {
  const user = await getUserWith("inquiry:triage");
  if (!user) return fail("forbidden");
  const parsed = statusChangeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const result = threadResult(await changeInquiryStatus(user, String(id), parsed.data.event, parsed.data.reason));
  refresh(id);
  return result;
}
