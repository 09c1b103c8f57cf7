import { getTranslations } from "next-intl/server";
import { Badge, STATUS_TONES } from "@/components/ui/badge";
import type { InquiryStatus } from "@/lib/domain";

export async function InquiryStatusBadge({ status }: { status: InquiryStatus }) {
  const t = await getTranslations("inquiries.statuses");
  return <Badge tone={STATUS_TONES[status]}>{t(status)}</Badge>;
}
