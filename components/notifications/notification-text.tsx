// A notification's sentence in the reader's language. Its status parameter is
// named with the vocabulary of what changed: an inquiry's or a proposal's.
import { getTranslations } from "next-intl/server";
import type { NotificationKind } from "@/lib/data/notifications";

export async function NotificationText({ kind, params }: { kind: NotificationKind; params: Record<string, string> }) {
  const [t, tInquiry, tProposal] = await Promise.all([
    getTranslations("notifications"),
    getTranslations("inquiries.statuses"),
    getTranslations("proposals.statuses"),
  ]);
  const status = !params.status
    ? ""
    : kind === "proposalStatus"
      ? tProposal(params.status as "SUBMITTED")
      : tInquiry(params.status as "OPEN");
  return <>{t(kind, { ...params, status })}</>;
}
