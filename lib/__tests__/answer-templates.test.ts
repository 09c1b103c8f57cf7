// Answer templates: only known placeholders pass the schema; admins keep them
// with a version guard and an audit trail; staff get them filled for the
// inquiry in the investor's language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { fillTemplate, placeholdersIn, unknownPlaceholders } from "@/lib/answer-templates";
import { answerTemplateSchema } from "@/lib/validations/answer-template";
import { deleteAnswerTemplate, saveAnswerTemplate, templatesForInquiry } from "@/lib/data/answer-templates";
import { createTestUser, removeTestUsers, testTag } from "@/lib/testing/users";
import { code, okOrThrow } from "@/lib/testing/outcome";
import type { CurrentUser } from "@/lib/session";

const tag = testTag();
let admin: CurrentUser, staff: CurrentUser;
beforeAll(async () => {
  [admin, staff] = await Promise.all([createTestUser("ADMIN", tag), createTestUser("STAFF", tag)]);
});
afterAll(async () => {
  await db.answerTemplate.deleteMany({ where: { title: { startsWith: tag } } });
  await db.auditLog.deleteMany({ where: { actorId: { in: [admin.id, staff.id] } } });
  await removeTestUsers(tag);
});

const input = (over: Partial<{ title: string; en: string; ru: string; zh: string; version: number }> = {}) => ({
  title: over.title ?? `${tag} Acknowledgement`,
  bodies: {
    en: over.en ?? "Dear {investorName}, by {dueDate}.",
    ru: over.ru ?? "Здравствуйте, {investorName}! Ответим до {dueDate}.",
    zh: over.zh ?? "{investorName}您好：{dueDate}前答复。",
  },
  version: over.version ?? 0,
});

describe("placeholders", () => {
  it("are found, checked and filled", () => {
    expect(placeholdersIn("Hi {investorName}, re {inquirySubject}")).toEqual(["investorName", "inquirySubject"]);
    expect(unknownPlaceholders("Hi {investorName}")).toEqual([]);
    expect(unknownPlaceholders("Hi {investorname} {dueDate}")).toEqual(["{investorname}"]);
    expect(unknownPlaceholders("Hi {investorName")).toEqual(["{"]);
    expect(unknownPlaceholders("Hi investorName}")).toEqual(["}"]);
    const values = {
      investorName: "Li Wei",
      investorCompany: "Acme",
      inquirySubject: "Land",
      dueDate: "4 December 2026",
      staffName: "Olga",
    };
    expect(fillTemplate("Dear {investorName}, answer by {dueDate}. {staffName}", values)).toBe(
      "Dear Li Wei, answer by 4 December 2026. Olga",
    );
  });

  it("the schema refuses a template with an unknown placeholder, in the language where it is", () => {
    const r = answerTemplateSchema.safeParse(input({ ru: "Здравствуйте, {имя}!" }));
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["bodies.ru", "unknownPlaceholder"]]);
    expect(answerTemplateSchema.safeParse(input()).success).toBe(true);
  });
});

describe("templates in the back office", () => {
  it("admins keep them (staff may not); a stale version is a conflict; changes are audited", async () => {
    await expect(saveAnswerTemplate(staff, null, answerTemplateSchema.parse(input()))).rejects.toThrow(/forbidden/);
    const { id } = okOrThrow(await saveAnswerTemplate(admin, null, answerTemplateSchema.parse(input())));
    expect(code(await saveAnswerTemplate(admin, id, answerTemplateSchema.parse(input({ version: 1, en: "Hello {investorName}." }))))).toBe(
      "ok",
    );
    expect(code(await saveAnswerTemplate(admin, id, answerTemplateSchema.parse(input({ version: 1 }))))).toBe("conflict");
    const actions = await db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["template.create", "template.update"]);
    expect(code(await deleteAnswerTemplate(admin, id))).toBe("ok");
    expect(code(await deleteAnswerTemplate(admin, id))).toBe("notFound");
  });

  it("staff get each template filled for the inquiry, in the investor's language", async () => {
    okOrThrow(await saveAnswerTemplate(admin, null, answerTemplateSchema.parse(input({ title: `${tag} Filled` }))));
    const filled = await templatesForInquiry(staff, {
      subject: "Склад",
      locale: "ru",
      dueAt: new Date("2026-12-04T20:59:59.999Z"),
      investor: { name: "Анна Петрова", company: null },
    });
    expect(filled.find((t) => t.title === `${tag} Filled`)?.text).toBe("Здравствуйте, Анна Петрова! Ответим до 4 декабря 2026 г..");
    // Answered, so no running due date: a template that names it is not offered.
    const answered = await templatesForInquiry(staff, {
      subject: "Склад",
      locale: "ru",
      dueAt: null,
      investor: { name: "Анна", company: null },
    });
    expect(answered.map((t) => t.title)).not.toContain(`${tag} Filled`);
  });
});
