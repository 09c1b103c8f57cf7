import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InviteStaffForm } from "@/components/staff/invite-staff-form";
import { StaffRowActions } from "@/components/staff/staff-row-actions";
import { listStaffAccounts } from "@/lib/data/staff-accounts";
import { LANGUAGE_OPTIONS } from "@/lib/i18n/language-options";
import { isLocale } from "@/lib/i18n/routing";
import { requirePermission } from "@/lib/session";
import { TableScroll } from "@/components/ui/table-scroll";
import { PageHeader } from "@/components/ui/page-header";
import { SectionTabs } from "@/components/layout/section-tabs";
import { adminLinks } from "@/components/layout/area-links";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "staffAdmin" });
  return { title: t("title") };
}

export default async function StaffAccountsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, `/${locale}/staff/accounts`, "staff:manage");
  const [t, people] = await Promise.all([getTranslations("staffAdmin"), listStaffAccounts(user)]);
  return (
    <>
      <SectionTabs label="staffAdmin" links={adminLinks(user.role)} current="/staff/accounts" />
      <PageHeader title={t("title")} lead={t("lead")} />
      <TableScroll label={t("title")}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">
                <span className="visually-hidden">{t("changeRole")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {people.map((p) => (
              <tr key={p.id}>
                <td>
                  {p.name}
                  {p.id === user.id ? ` (${t("you")})` : ""}
                </td>
                <td>{p.email}</td>
                <td>{t(`roles.${p.role}`)}</td>
                <td>{!p.active ? t("inactive") : p.emailVerifiedAt ? t("active") : t("pending")}</td>
                <td>
                  {p.id !== user.id && (p.role === "STAFF" || p.role === "ADMIN") && (
                    <StaffRowActions id={p.id} name={p.name} role={p.role} active={p.active} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <section aria-labelledby="invite-title">
        <h2 id="invite-title">{t("inviteTitle")}</h2>
        <InviteStaffForm locale={isLocale(locale) ? locale : "en"} languages={LANGUAGE_OPTIONS} />
      </section>
    </>
  );
}
