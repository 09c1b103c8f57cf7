import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cachedResidentCountries } from "@/lib/data/residents";
import { searchResidents } from "@/lib/data/resident-directory";
import { DirectoryScope } from "@/components/residents/directory-scope";
import { publicPageMetadata } from "@/lib/seo";
import { parseResidentSearch } from "@/lib/validations/resident-search";
import { ResidentCard } from "@/components/residents/resident-card";
import { ResidentFilters } from "@/components/residents/resident-filters";
import { Pagination } from "@/components/ui/pagination";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/card";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Filters and paging come from the query string, so this page renders per request.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "residents" });
  return publicPageMetadata(locale, "/residents", t("title"), t("lead"));
}

export default async function ResidentsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { search, invalid } = parseResidentSearch(await searchParams);
  const [t, result, countries] = await Promise.all([
    getTranslations("residents"),
    searchResidents(search, locale),
    cachedResidentCountries(),
  ]);
  const query: Record<string, string> = {};
  for (const key of ["q", "sector", "country", "status"] as const) if (search[key]) query[key] = String(search[key]);
  if (search.sort !== "name") query.sort = search.sort;
  return (
    <>
      <PageHeader title={t("title")} lead={t("lead")} />
      <DirectoryScope locale={locale} />
      <ResidentFilters search={search} countries={countries} />
      {invalid.length > 0 && (
        <p className="notice" role="status">
          {t("invalidFilters", { fields: invalid.join(", ") })}
        </p>
      )}
      <p className="result-count" role="status" aria-live="polite">
        {result.totalIsCapped ? t("countMoreThan", { count: result.total }) : t("count", { count: result.total })}
      </p>
      {result.items.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <div className="grid">
          {result.items.map((r) => (
            <ResidentCard key={r.slug} resident={r} heading="h2" />
          ))}
        </div>
      )}
      <Pagination
        prev={result.prevCursor && { pathname: "/residents", query: { ...query, before: result.prevCursor } }}
        next={result.nextCursor && { pathname: "/residents", query: { ...query, after: result.nextCursor } }}
      />
    </>
  );
}
