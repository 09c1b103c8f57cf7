import type { Metadata } from "next";
import { MinskTime } from "@/components/ui/minsk-time";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { listNewsForStaff } from "@/lib/data/news-admin";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { requirePermission } from "@/lib/session";
import { NEWS_STATUSES } from "@/lib/domain";
import { TableScroll } from "@/components/ui/table-scroll";
import { PageHeader } from "@/components/ui/page-header";
import { Tabs } from "@/components/ui/tabs";
import { ButtonLink } from "@/components/ui/button-link";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ status?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "newsAdmin" });
  return { title: t("title") };
}

export default async function StaffNewsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, `/${locale}/staff/news`, "content:manage");
  const raw = (await searchParams).status;
  const status = NEWS_STATUSES.find((s) => s === (Array.isArray(raw) ? raw[0] : raw));
  const [t, rows] = await Promise.all([getTranslations("newsAdmin"), listNewsForStaff(user, status)]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <p>
        <ButtonLink href="/staff/news/new">{t("new")}</ButtonLink>
      </p>
      <Tabs
        label={t("status")}
        tabs={[
          { href: "/staff/news", label: t("any"), current: !status },
          ...NEWS_STATUSES.map((s) => ({
            href: { pathname: "/staff/news", query: { status: s } },
            label: t(`statuses.${s}`),
            current: status === s,
          })),
        ]}
      />
      <TableScroll label={t("title")}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("titleField")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("published")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/staff/news/${a.id}`}>{pickTranslation(a.translations, locale, "en")?.title ?? a.slug}</Link>
                </td>
                <td>{t(`statuses.${a.status}`)}</td>
                <td>{a.publishedAt ? <MinskTime date={a.publishedAt} /> : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
