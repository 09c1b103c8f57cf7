import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { listResidentsForStaff } from "@/lib/data/resident-admin";
import { requirePermission } from "@/lib/session";
import { firstValues } from "@/lib/validations/query";
import { EDITOR_LOCALES } from "@/lib/domain";
import { residentAdminFilterSchema } from "@/lib/validations/resident-admin";
import { TableScroll } from "@/components/ui/table-scroll";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "residentAdmin" });
  return { title: t("title") };
}

export default async function StaffResidentsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, `/${locale}/staff/residents`, "content:manage");
  const raw = firstValues(await searchParams);
  const filter = residentAdminFilterSchema.parse(raw);
  const [t, rows] = await Promise.all([getTranslations("residentAdmin"), listResidentsForStaff(user, filter)]);
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <p>
        <ButtonLink href="/staff/residents/new">{t("new")}</ButtonLink>
      </p>
      <form method="get" className="filters">
        <div className="field">
          <label htmlFor="r-q">{t("search")}</label>
          <input id="r-q" name="q" type="search" defaultValue={filter.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="r-pub">{t("published")}</label>
          <select id="r-pub" name="published" defaultValue={filter.published ?? ""}>
            <option value="">{t("any")}</option>
            <option value="yes">{t("published")}</option>
            <option value="no">{t("draft")}</option>
          </select>
        </div>
        <Button type="submit">{t("apply")}</Button>
      </form>
      <TableScroll label={t("title")}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("published")}</th>
              <th scope="col">{t("texts")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const missing = EDITOR_LOCALES.filter((l) => !r.translations.some((x) => x.locale === l));
              return (
                <tr key={r.id}>
                  <td>
                    <Link href={`/staff/residents/${r.id}`}>{r.name}</Link> <span className="muted">{r.slug}</span>
                  </td>
                  <td>{r.published ? t("published") : t("draft")}</td>
                  <td>{missing.length ? <Badge tone="warn">{t("missing", { locales: missing.join(", ") })}</Badge> : t("complete")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
