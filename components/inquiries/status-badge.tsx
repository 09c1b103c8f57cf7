import { getTranslations } from "next-intl/server";

export async function InquiryStatusBadge({ status }: { status: "NEW" | "OPEN" | "ANSWERED" | "CLOSED" }) {
  const t = await getTranslations("inquiries.statuses");
  return <span className={`badge status-${status.toLowerCase()}`}>{t(status)}</span>;
}
