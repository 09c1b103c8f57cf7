import { getTranslations } from "next-intl/server";
import type { PROPOSAL_STATUSES } from "@/lib/domain";

/** A proposal's status as a tinted badge (colours in globals.css, one per state). */
export async function ProposalStatusBadge({ status }: { status: (typeof PROPOSAL_STATUSES)[number] }) {
  const t = await getTranslations("proposals.statuses");
  return <span className={`badge status-${status.toLowerCase()}`}>{t(status)}</span>;
}
