// Answer templates: admins keep them (audited, with a version guard); staff
// get them filled for the inquiry in front of them, in the investor's language.
import "server-only";
import { db } from "@/lib/db";
import { fillTemplate, placeholdersIn } from "@/lib/answer-templates";
import { assertCan } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/session";
import { CALENDAR_TIME_ZONES } from "@/lib/service-clock";
import type { AnswerTemplateEdit } from "@/lib/validations/answer-template";
import { ok, refuse, type Outcome } from "./result";
import { writeAudit } from "./write-audit";

const columns = (input: AnswerTemplateEdit) => ({
  title: input.title,
  bodyEn: input.bodies.en,
  bodyRu: input.bodies.ru,
  bodyZh: input.bodies.zh,
});
const snap = (t: { title: string; bodyEn: string; bodyRu: string; bodyZh: string }) => ({
  title: t.title,
  bodies: { en: t.bodyEn, ru: t.bodyRu, zh: t.bodyZh },
});

export async function listAnswerTemplates(actor: CurrentUser) {
  assertCan(actor.role, "service:manage");
  return db.answerTemplate.findMany({ orderBy: { title: "asc" }, select: { id: true, title: true, updatedAt: true } });
}

export async function getAnswerTemplate(actor: CurrentUser, id: string) {
  assertCan(actor.role, "service:manage");
  return db.answerTemplate.findUnique({ where: { id } });
}

/** Creates (id null) or updates a template; a stale version is a conflict. */
export async function saveAnswerTemplate(
  actor: CurrentUser,
  id: string | null,
  input: AnswerTemplateEdit,
): Promise<Outcome<"notFound" | "conflict", { id: string }>> {
  assertCan(actor.role, "service:manage");
  return db.$transaction(async (tx) => {
    if (!id) {
      const created = await tx.answerTemplate.create({ data: columns(input), select: { id: true } });
      await writeAudit(tx, actor, "template.create", { type: "AnswerTemplate", id: created.id }, null, snap(columns(input)));
      return ok({ id: created.id });
    }
    const before = await tx.answerTemplate.findUnique({ where: { id } });
    if (!before) return refuse("notFound");
    const { count } = await tx.answerTemplate.updateMany({
      where: { id, version: input.version },
      data: { ...columns(input), version: { increment: 1 } },
    });
    if (count !== 1) return refuse("conflict");
    await writeAudit(tx, actor, "template.update", { type: "AnswerTemplate", id }, snap(before), snap(columns(input)));
    return ok({ id });
  });
}

export async function deleteAnswerTemplate(actor: CurrentUser, id: string): Promise<Outcome<"notFound">> {
  assertCan(actor.role, "service:manage");
  return db.$transaction(async (tx) => {
    const before = await tx.answerTemplate.findUnique({ where: { id } });
    if (!before) return refuse("notFound");
    await tx.answerTemplate.delete({ where: { id } });
    await writeAudit(tx, actor, "template.delete", { type: "AnswerTemplate", id }, snap(before), null);
    return ok();
  });
}

type InquiryContext = {
  subject: string;
  locale: "en" | "ru" | "zh";
  dueAt: Date | null;
  investor: { name: string; company: string | null };
};

/** Every template in the investor's language, placeholders filled from the inquiry, for the staff reply form. */
export async function templatesForInquiry(actor: CurrentUser, inquiry: InquiryContext) {
  assertCan(actor.role, "inquiry:triage");
  const rows = await db.answerTemplate.findMany({ orderBy: { title: "asc" } });
  const dueDate = inquiry.dueAt
    ? new Intl.DateTimeFormat(inquiry.locale, { dateStyle: "long", timeZone: CALENDAR_TIME_ZONES.MINSK }).format(inquiry.dueAt)
    : "";
  const values = {
    investorName: inquiry.investor.name,
    investorCompany: inquiry.investor.company ?? "",
    inquirySubject: inquiry.subject,
    dueDate,
    staffName: actor.name,
  };
  const bodyOf = { en: "bodyEn", ru: "bodyRu", zh: "bodyZh" } as const;
  // Without a running due date (answered, waiting for the investor) a template that names it would say "by —": not offered then.
  return rows
    .filter((r) => inquiry.dueAt || !placeholdersIn(r[bodyOf[inquiry.locale]]).includes("dueDate"))
    .map((r) => ({ id: r.id, title: r.title, text: fillTemplate(r[bodyOf[inquiry.locale]], values) }));
}
