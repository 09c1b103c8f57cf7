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
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p>
        <Link href="/account/inquiries/new" className="button">
          {t("new")}
        </Link>
      </p>
      {inquiries.length === 0 ? (
        <p className="empty">{t("empty")}</p>
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
