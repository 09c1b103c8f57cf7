import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { listAnswerTemplates } from "@/lib/data/answer-templates";
import { requirePermission } from "@/lib/session";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/card";
import { MinskTime } from "@/components/ui/minsk-time";
import { TableScroll } from "@/components/ui/table-scroll";
import { SectionTabs } from "@/components/layout/section-tabs";
import { adminLinks } from "@/components/layout/area-links";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "templates" });
  return { title: t("title") };
}

export default async function TemplatesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, `/${locale}/staff/templates`, "service:manage");
  const [t, rows] = await Promise.all([getTranslations("templates"), listAnswerTemplates(user)]);
  return (
    <>
      <SectionTabs label="staffAdmin" links={adminLinks(user.role)} current="/staff/templates" />
      <PageHeader title={t("title")} lead={t("lead")}>
        <p>
          <ButtonLink href="/staff/templates/new">{t("new")}</ButtonLink>
        </p>
      </PageHeader>
      {rows.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <TableScroll label={t("title")}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("titleField")}</th>
                <th scope="col">{t("updated")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/staff/templates/${r.id}`}>{r.title}</Link>
                  </td>
                  <td>
                    <MinskTime date={r.updatedAt} />
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
