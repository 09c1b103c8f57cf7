import { getTranslations } from "next-intl/server";
import type { ComponentProps } from "react";
import { LocaleLink as Link } from "@/components/ui/locale-link";

type Href = ComponentProps<typeof Link>["href"];

type Props = {
  prev: Href | null;
  next: Href | null;
  /** "Page 2" where pages are numbered (not with cursors). */
  page?: number;
};

export async function Pagination({ prev, next, page }: Props) {
  if (!prev && !next) return null;
  const t = await getTranslations("common");
  return (
    <nav aria-label={t("pagination")} className="pagination">
      {prev ? (
        <Link href={prev} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>{page ? t("pageNumber", { page }) : null}</span>
      {next ? (
        <Link href={next} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
