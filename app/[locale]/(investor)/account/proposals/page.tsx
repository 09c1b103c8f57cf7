import type { Metadata } from "next";
import { MinskTime } from "@/components/ui/minsk-time";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { StartProposalButton } from "@/components/proposals/start-proposal-button";
import { listMyProposals } from "@/lib/data/proposals";
import { can } from "@/lib/permissions";
import { requireUser } from "@/lib/session";
import { TableScroll } from "@/components/ui/table-scroll";
import { ProposalStatusBadge } from "@/components/proposals/status-badge";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "proposals" });
  return { title: t("title") };
}

export default async function MyProposalsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account/proposals`);
  if (!can(user.role, "proposal:own")) notFound();
  const [t, proposals] = await Promise.all([getTranslations("proposals"), listMyProposals(user)]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <StartProposalButton locale={locale} />
      {proposals.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <TableScroll label={t("title")}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("titleField")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("updated")}</th>
              </tr>
            </thead>
            <tbody>
              {proposals.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Link href={`/account/proposals/${p.id}`}>{p.title || t("untitled")}</Link>
                  </td>
                  <td>
                    <ProposalStatusBadge status={p.status} />
                  </td>
                  <td>
                    <MinskTime date={p.updatedAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
