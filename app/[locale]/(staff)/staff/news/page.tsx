import type { Metadata } from "next";
import { MinskTime } from "@/components/ui/minsk-time";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { listNewsForStaff } from "@/lib/data/news-admin";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import { requirePermission } from "@/lib/session";
import { NEWS_STATUSES } from "@/lib/domain";
import { TableScroll } from "@/components/ui/table-scroll";

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
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <p>
        <Link href="/staff/news/new" className="button">
          {t("new")}
        </Link>
      </p>
      <form method="get" className="filters">
        <div className="field">
          <label htmlFor="n-status">{t("status")}</label>
          <select id="n-status" name="status" defaultValue={status ?? ""}>
            <option value="">{t("any")}</option>
            {NEWS_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("apply")}
        </button>
      </form>
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
