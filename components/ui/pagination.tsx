import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";

type Props = {
  page: number;
  pageCount: number;
  pathname: string;
  /** Current query without `page`; kept on every link so filters survive paging. */
  query: Record<string, string>;
};

export async function Pagination({ page, pageCount, pathname, query }: Props) {
  if (pageCount <= 1) return null;
  const t = await getTranslations("common");
  const href = (p: number) => ({ pathname, query: p === 1 ? query : { ...query, page: String(p) } });
  return (
    <nav aria-label={t("pagination")} className="pagination">
      {page > 1 ? <Link href={href(page - 1)} rel="prev">{t("previous")}</Link> : <span aria-hidden="true" />}
      <span>{t("page", { page, pageCount })}</span>
      {page < pageCount ? <Link href={href(page + 1)} rel="next">{t("next")}</Link> : <span aria-hidden="true" />}
    </nav>
  );
}
