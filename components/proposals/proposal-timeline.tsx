// Every status change of a proposal with its date and public reason; staff also
// see internal notes (investors' queries never select them).
import { MinskTime } from "@/components/ui/minsk-time";
import { getTranslations } from "next-intl/server";

type Event = {
  id: string;
  fromStatus: string | null;
  toStatus: string;
  publicReason: string | null;
  internalNote?: string | null;
  createdAt: Date;
  actor?: { name: string };
};

export async function ProposalTimeline({ events }: { events: Event[] }) {
  const t = await getTranslations("proposals");
  return (
    <ol className="history timeline">
      {events.map((e) => (
        <li key={e.id}>
          <MinskTime date={e.createdAt} /> <strong>{t(`statuses.${e.toStatus}` as "statuses.DRAFT")}</strong>
          {e.actor ? ` · ${e.actor.name}` : ""}
          {e.publicReason && <p className="message-body">{e.publicReason}</p>}
          {e.internalNote && <p className="message-body internal">{e.internalNote}</p>}
        </li>
      ))}
    </ol>
  );
}
