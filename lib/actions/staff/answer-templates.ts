"use server";
// Admins keep the answer templates staff insert into replies.
import { revalidatePath } from "next/cache";
import { deleteAnswerTemplate, saveAnswerTemplate } from "@/lib/data/answer-templates";
import { newOrRecordId, recordId } from "@/lib/validations/ids";
import { answerTemplateSchema } from "@/lib/validations/answer-template";
import { defineAction } from "@/lib/actions/define-action";

const refresh = () => revalidatePath("/[locale]/staff/templates", "layout");

export const saveAnswerTemplateAction = defineAction(
  { access: "service:manage", bound: [newOrRecordId], input: answerTemplateSchema },
  ({ user, bound: [id], input }) => saveAnswerTemplate(user, id, input),
  { data: (r) => ({ id: r.id }), revalidate: refresh },
);

export const deleteAnswerTemplateAction = defineAction(
  { access: "service:manage", bound: [recordId] },
  ({ user, bound: [id] }) => deleteAnswerTemplate(user, id),
  { revalidate: refresh },
);
