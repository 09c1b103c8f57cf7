import type { Metadata } from "next";
import { MinskTime } from "@/components/ui/minsk-time";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { AssignForm } from "@/components/inquiries/assign-form";
import { MessageForm } from "@/components/inquiries/message-form";
import { StatusForm } from "@/components/inquiries/status-form";
import { InquiryStatusBadge } from "@/components/inquiries/status-badge";
import { Thread } from "@/components/inquiries/thread";
import { assignInquiryAction, changeInquiryStatusAction, internalNoteAction, staffReplyAction } from "@/lib/actions/inquiries/staff-thread";
import { getInquiryForStaff } from "@/lib/data/inquiry-inbox";
import { listAssignableStaff } from "@/lib/data/staff-accounts";
import { manualEvents } from "@/lib/inquiry-state";
import { requirePermission } from "@/lib/session";
import { countryName } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { areaTrail } from "@/components/layout/area-trail";
import { Badge } from "@/components/ui/badge";
import { templatesForInquiry } from "@/lib/data/answer-templates";
import { ClockNotice } from "@/components/service-clock/clock-notice";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "inbox" });
  return { title: t("title") };
}

export default async function StaffInquiryPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, `/${locale}/staff/inquiries/${id}`, "inquiry:triage");
  const [inquiry, staff] = await Promise.all([getInquiryForStaff(user, id), listAssignableStaff(user, "inquiry:triage")]);
  if (!inquiry) notFound();
  const { investor } = inquiry;
  const [t, ti, templates] = await Promise.all([
    getTranslations("inbox"),
    getTranslations("inquiries"),
    // Filled for this inquiry in the language the investor writes in.
    templatesForInquiry(user, {
      subject: inquiry.subject,
      locale: inquiry.contactLocale ?? investor.locale,
      dueAt: inquiry.clock?.dueAt ?? null,
      investor: { name: investor.name, company: investor.company },
    }),
  ]);
  return (
    <>
      <PageHeader
        trail={[
          ...(await areaTrail(locale, "staff", "/staff/inquiries")),
          { name: inquiry.subject, path: `/${locale}/staff/inquiries/${id}` },
        ]}
        title={inquiry.subject}
      />
      <p>
        {ti(`topics.${inquiry.topic}`)} · <InquiryStatusBadge status={inquiry.status} /> ·{" "}
        {inquiry.source === "CONTACT_FORM" && <Badge>{t("contactForm")}</Badge>}{" "}
        <Link href={`/staff/investors/${investor.id}`}>{investor.name}</Link>
        {investor.company ? `, ${investor.company}` : ""}
        {investor.country ? `, ${countryName(locale, investor.country)}` : ""} · {investor.email} · {t("language")}:{" "}
        {inquiry.contactLocale ?? investor.locale}
      </p>
      <ClockNotice clock={inquiry.clock} audience="staff" />
      <div className="two-columns">
        <div>
          <Thread messages={inquiry.messages} viewer="staff" />
          <MessageForm
            label={t("replyTitle")}
            submitLabel={t("sendReply")}
            action={staffReplyAction.bind(null, id)}
            templates={templates}
          />
          <MessageForm label={t("noteTitle")} hint={t("noteHint")} submitLabel={t("addNote")} action={internalNoteAction.bind(null, id)} />
        </div>
        <aside>
          <AssignForm current={inquiry.assignee?.id ?? null} staff={staff} action={assignInquiryAction.bind(null, id)} />
          <StatusForm key={inquiry.status} events={manualEvents(inquiry.status)} action={changeInquiryStatusAction.bind(null, id)} />
          <h2>{t("history")}</h2>
          <ol className="history">
            {inquiry.events.map((e) => (
              <li key={e.id}>
                <MinskTime date={e.createdAt} dateStyle="short" />{" "}
                {e.toStatus
                  ? t("historyStatus", {
                      actor: e.actor.name,
                      from: e.fromStatus ? ti(`statuses.${e.fromStatus}`) : "—",
                      to: ti(`statuses.${e.toStatus}`),
                    })
                  : e.assigneeId
                    ? t("historyAssigned", { actor: e.actor.name })
                    : t("historyUnassigned", { actor: e.actor.name })}
                {e.reason && e.reason !== "unassigned" ? ` — ${e.reason}` : ""}
              </li>
            ))}
          </ol>
        </aside>
      </div>
    </>
  );
}
