import type { Metadata } from "next";
import { MinskTime } from "@/components/ui/minsk-time";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { InquiryStatusBadge } from "@/components/inquiries/status-badge";
import { listMyInquiries } from "@/lib/data/inquiries";
import { can } from "@/lib/permissions";
import { requireUser } from "@/lib/session";
import { TableScroll } from "@/components/ui/table-scroll";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/card";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "inquiries" });
  return { title: t("title") };
}

export default async function MyInquiriesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account/inquiries`);
  if (!can(user.role, "inquiry:own")) notFound();
  const [t, inquiries] = await Promise.all([getTranslations("inquiries"), listMyInquiries(user)]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <p>
        <ButtonLink href="/account/inquiries/new">{t("new")}</ButtonLink>
      </p>
      {inquiries.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <TableScroll label={t("title")}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("subject")}</th>
                <th scope="col">{t("topic")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("lastActivity")}</th>
              </tr>
            </thead>
            <tbody>
              {inquiries.map((i) => (
                <tr key={i.id}>
                  <td>
                    <Link href={`/account/inquiries/${i.id}`}>{i.subject}</Link>
                  </td>
                  <td>{t(`topics.${i.topic}`)}</td>
                  <td>
                    <InquiryStatusBadge status={i.status} />
                  </td>
                  <td>
                    <MinskTime date={i.lastMessageAt} />
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
