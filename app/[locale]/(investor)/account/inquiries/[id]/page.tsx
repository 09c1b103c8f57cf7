import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InquiryStatusBadge } from "@/components/inquiries/status-badge";
import { Thread } from "@/components/inquiries/thread";
import { MessageForm } from "@/components/inquiries/message-form";
import { CloseInquiryButton } from "@/components/inquiries/close-inquiry-button";
import { closeInquiryAction, replyToInquiryAction } from "@/lib/actions/inquiries/investor-thread";
import { getMyInquiry } from "@/lib/data/inquiries";
import { investorCanClose } from "@/lib/inquiry-state";
import { can } from "@/lib/permissions";
import { requireUser } from "@/lib/session";
import { PageHeader } from "@/components/ui/page-header";
import { areaTrail } from "@/components/layout/area-trail";
import { ClockNotice } from "@/components/service-clock/clock-notice";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "inquiries" });
  return { title: t("title") };
}

export default async function MyInquiryPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account/inquiries/${id}`);
  if (!can(user.role, "inquiry:own")) notFound();
  const inquiry = await getMyInquiry(user, id);
  if (!inquiry) notFound();
  const t = await getTranslations("inquiries");
  return (
    <>
      <PageHeader
        trail={[
          ...(await areaTrail(locale, "account", "/account/inquiries")),
          { name: inquiry.subject, path: `/${locale}/account/inquiries/${id}` },
        ]}
        title={inquiry.subject}
      />
      <p>
        {t(`topics.${inquiry.topic}`)} · <InquiryStatusBadge status={inquiry.status} />
      </p>
      <ClockNotice clock={inquiry.clock} audience="investor" />
      <Thread messages={inquiry.messages} viewer="investor" />
      {inquiry.status === "CLOSED" && <p className="notice">{t("closedNote")}</p>}
      <MessageForm label={t("reply")} submitLabel={t("sendReply")} action={replyToInquiryAction.bind(null, inquiry.id)} />
      {investorCanClose(inquiry.status) && <CloseInquiryButton action={closeInquiryAction.bind(null, inquiry.id)} />}
    </>
  );
}
