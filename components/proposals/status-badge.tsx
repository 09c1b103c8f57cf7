import { getTranslations } from "next-intl/server";
import { Badge, STATUS_TONES } from "@/components/ui/badge";
import type { PROPOSAL_STATUSES } from "@/lib/domain";

/** A proposal's status as a tinted badge (components/ui/badge.tsx gives each state its tone). */
export async function ProposalStatusBadge({ status }: { status: (typeof PROPOSAL_STATUSES)[number] }) {
  const t = await getTranslations("proposals.statuses");
  return <Badge tone={STATUS_TONES[status]}>{t(status)}</Badge>;
}
