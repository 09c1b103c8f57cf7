// Reference data of the service clock: the calendars (./calendars.ts) and the
// Administration's default service standards. Created when missing, never
// updated, so admins' edits stay; seeded on every start, also into a database
// that already has content (it came with a later release).
import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { InquiryTopic, type ServiceStage } from "../../lib/generated/prisma/enums.ts";
import { seedCalendarEntries, seedCalendarYears } from "./calendars.ts";

const INQUIRY_TOPICS = Object.values(InquiryTopic);

// The portal's own targets (2 Minsk business days to a first reply, 10 to a
// decision), the investor's 10 business days to answer a question, and for
// inquiries the ceiling of Law No. 300-З: 15 days (Art. 17).
const STANDARDS: { stage: ServiceStage; topic: InquiryTopic | null; targetDays: number; statutory: boolean }[] = [
  ...INQUIRY_TOPICS.map((topic) => ({ stage: "INQUIRY_REPLY" as const, topic, targetDays: 2, statutory: true })),
  { stage: "PROPOSAL_REVIEW", topic: null, targetDays: 2, statutory: false },
  { stage: "PROPOSAL_DECISION", topic: null, targetDays: 10, statutory: false },
];

// Two starting points for replies (lib/answer-templates.ts lists the placeholders).
const TEMPLATES = [
  {
    title: "Acknowledgement with the due date",
    bodyEn:
      "Dear {investorName},\n\nThank you for your inquiry “{inquirySubject}”. We are looking into it and will answer by {dueDate} (Minsk time).\n\nKind regards,\n{staffName}\nAdministration of the China-Belarus Industrial Park “Great Stone”",
    bodyRu:
      "Здравствуйте, {investorName}!\n\nБлагодарим за обращение «{inquirySubject}». Мы его рассматриваем и ответим до {dueDate} (по минскому времени).\n\nС уважением,\n{staffName}\nАдминистрация Китайско-Белорусского индустриального парка «Великий камень»",
    bodyZh:
      "{investorName}您好：\n\n感谢您的咨询“{inquirySubject}”。我们正在处理，将于{dueDate}（明斯克时间）前答复。\n\n此致\n敬礼！\n\n{staffName}\n中白工业园管委会",
  },
  {
    title: "More details needed",
    bodyEn:
      "Dear {investorName},\n\nTo answer your inquiry “{inquirySubject}” we need a few more details about the project of {investorCompany}:\n\n- \n\nKind regards,\n{staffName}",
    bodyRu:
      "Здравствуйте, {investorName}!\n\nЧтобы ответить на обращение «{inquirySubject}», нам необходимы дополнительные сведения о проекте компании {investorCompany}:\n\n- \n\nС уважением,\n{staffName}",
    bodyZh:
      "{investorName}您好：\n\n为答复您的咨询“{inquirySubject}”，我们需要进一步了解{investorCompany}的项目情况：\n\n- \n\n此致\n敬礼！\n\n{staffName}",
  },
];

export async function seedServiceClock(db: PrismaClient) {
  const entries = await db.calendarEntry.createMany({
    data: seedCalendarEntries.map((e) => ({
      calendar: e.calendar,
      date: new Date(`${e.date}T00:00:00Z`),
      kind: e.kind,
      nameEn: e.name.en,
      nameRu: e.name.ru,
      nameZh: e.name.zh,
      sourceUrl: e.sourceUrl,
    })),
    skipDuplicates: true,
  });
  await db.calendarYear.createMany({ data: seedCalendarYears, skipDuplicates: true });
  let standards = 0;
  for (const s of STANDARDS) {
    if (await db.serviceStandard.findFirst({ where: { stage: s.stage, topic: s.topic }, select: { id: true } })) continue;
    await db.serviceStandard.create({
      data: {
        stage: s.stage,
        topic: s.topic,
        targetDays: s.targetDays,
        targetUnit: "BUSINESS",
        investorDays: 10,
        ...(s.statutory && { statutoryDays: 15, statutoryUnit: "CALENDAR", legalBasis: "LAW_300_Z" }),
      },
    });
    standards++;
  }
  let templates = 0;
  if ((await db.answerTemplate.count()) === 0) templates = (await db.answerTemplate.createMany({ data: TEMPLATES })).count;
  return { calendarEntries: entries.count, standards, templates };
}
