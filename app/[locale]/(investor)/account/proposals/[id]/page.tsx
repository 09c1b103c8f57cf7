import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentList } from "@/components/proposals/document-list";
import { DocumentUploader } from "@/components/proposals/document-uploader";
import { InvestorProposalActions } from "@/components/proposals/investor-proposal-actions";
import { ProposalSummary } from "@/components/proposals/proposal-summary";
import { ProposalTimeline } from "@/components/proposals/proposal-timeline";
import { ProposalWizard } from "@/components/proposals/proposal-wizard";
import { toFormValues } from "@/components/proposals/to-form-values";
import { getMyProposal } from "@/lib/data/proposals";
import { can } from "@/lib/permissions";
import { canRemoveDocument, canUpload, canWithdraw, isEditable, proposalTransition } from "@/lib/proposal-state";
import { requireUser } from "@/lib/session";
import { ProposalStatusBadge } from "@/components/proposals/status-badge";
import { countryOptions } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { areaTrail } from "@/components/layout/area-trail";
import { ClockNotice } from "@/components/service-clock/clock-notice";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "proposals" });
  return { title: t("title") };
}

export default async function MyProposalPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account/proposals/${id}`);
  if (!can(user.role, "proposal:own")) notFound();
  const proposal = await getMyProposal(user, id);
  if (!proposal) notFound();
  const t = await getTranslations("proposals");
  const editable = isEditable(proposal.status);
  const documents = (
    <section aria-labelledby="docs">
      <h3 id="docs">{t("documents")}</h3>
      <p className="muted">{t("documentsLead")}</p>
      <DocumentList documents={proposal.documents} removable={canRemoveDocument(proposal.status)} />
      {canUpload(proposal.status) && <DocumentUploader proposalId={proposal.id} />}
    </section>
  );
  return (
    <>
      <PageHeader
        trail={[
          ...(await areaTrail(locale, "account", "/account/proposals")),
          { name: proposal.title || t("untitled"), path: `/${locale}/account/proposals/${id}` },
        ]}
        title={proposal.title || t("untitled")}
      />
      <p>
        <ProposalStatusBadge status={proposal.status} />
      </p>
      <ClockNotice clock={proposal.clock} audience="investor" />
      {editable ? (
        <ProposalWizard
          id={proposal.id}
          version={proposal.version}
          step={proposal.step}
          values={toFormValues(proposal)}
          documents={documents}
          countries={countryOptions(locale)}
        />
      ) : (
        <div className="two-columns">
          <div>
            {proposal.status === "SUBMITTED" && (
              <p role="status" className="form-success">
                {t("submitted")}
              </p>
            )}
            <InvestorProposalActions
              key={proposal.version}
              id={proposal.id}
              version={proposal.version}
              canWithdraw={canWithdraw(proposal.status)}
              needsInfo={proposalTransition(proposal.status, "answerInfo", "INVESTOR") !== null}
            />
            <h2>{t("summary")}</h2>
            <ProposalSummary values={proposal} locale={locale} />
            {documents}
          </div>
          <aside>
            <h2>{t("timeline")}</h2>
            <ProposalTimeline events={proposal.events} />
          </aside>
        </div>
      )}
    </>
  );
}
