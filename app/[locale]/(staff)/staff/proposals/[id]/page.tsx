import type { Metadata } from "next";
import { MinskTime } from "@/components/ui/minsk-time";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { AssignForm } from "@/components/inquiries/assign-form";
import { DecisionForm } from "@/components/proposals/decision-form";
import { DocumentList } from "@/components/proposals/document-list";
import { NoteForm } from "@/components/proposals/note-form";
import { ProposalSummary } from "@/components/proposals/proposal-summary";
import { ProposalTimeline } from "@/components/proposals/proposal-timeline";
import { ResidentPanel } from "@/components/proposals/resident-panel";
import {
  addProposalNoteAction,
  assignProposalAction,
  createResidentFromProposalAction,
  decideProposalAction,
  publishProposalResidentAction,
} from "@/lib/actions/proposals/staff-proposal";
import { listAssignableStaff } from "@/lib/data/staff-accounts";
import { getProposalForStaff } from "@/lib/data/proposal-pipeline";
import { staffActions } from "@/lib/proposal-state";
import { requirePermission } from "@/lib/session";
import { ProposalStatusBadge } from "@/components/proposals/status-badge";
import { PageHeader } from "@/components/ui/page-header";
import { areaTrail } from "@/components/layout/area-trail";
import { ClockNotice } from "@/components/service-clock/clock-notice";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "pipeline" });
  return { title: t("title") };
}

export default async function StaffProposalPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, `/${locale}/staff/proposals/${id}`, "proposal:review");
  const [proposal, staff] = await Promise.all([getProposalForStaff(user, id), listAssignableStaff(user, "proposal:review")]);
  if (!proposal) notFound();
  const [t, tp, format] = await Promise.all([getTranslations("pipeline"), getTranslations("proposals"), getFormatter()]);
  const actions = staffActions(proposal.status);
  return (
    <>
      <PageHeader
        trail={[
          ...(await areaTrail(locale, "staff", "/staff/proposals")),
          { name: proposal.title || tp("untitled"), path: `/${locale}/staff/proposals/${id}` },
        ]}
        title={proposal.title || tp("untitled")}
      />
      <p>
        <ProposalStatusBadge status={proposal.status} /> {t("investorTitle")}:{" "}
        <Link href={`/staff/investors/${proposal.investor.id}`}>{proposal.investor.name}</Link> · {proposal.investor.email}
        {proposal.submittedAt && (
          <>
            {" "}
            · {t("submitted")}: {format.dateTime(proposal.submittedAt, { dateStyle: "medium" })}
          </>
        )}
      </p>
      <ClockNotice clock={proposal.clock} audience="staff" />
      <div className="two-columns">
        <div>
          <h2>{t("summary")}</h2>
          <ProposalSummary values={proposal} locale={locale} />
          <h2>{t("documents")}</h2>
          <DocumentList documents={proposal.documents} removable={false} />
          <h2>{t("notes")}</h2>
          <ol className="thread">
            {proposal.notes.map((n) => (
              <li key={n.id} className="message message-internal_note">
                <p className="message-meta">
                  <strong>{n.author.name}</strong> · <MinskTime date={n.createdAt} />
                </p>
                <p className="message-body">{n.body}</p>
              </li>
            ))}
          </ol>
          <NoteForm action={addProposalNoteAction.bind(null, id)} />
        </div>
        <aside>
          <AssignForm current={proposal.assignee?.id ?? null} staff={staff} action={assignProposalAction.bind(null, id)} />
          <DecisionForm key={proposal.version} actions={actions} version={proposal.version} action={decideProposalAction.bind(null, id)} />
          {proposal.status === "APPROVED" && (
            <ResidentPanel
              resident={proposal.resident}
              locale={locale}
              create={createResidentFromProposalAction.bind(null, id)}
              publish={publishProposalResidentAction.bind(null, id)}
            />
          )}
          <h2>{t("history")}</h2>
          <ProposalTimeline events={proposal.events} />
        </aside>
      </div>
    </>
  );
}
