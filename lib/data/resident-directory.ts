// The resident directory's search: filters, full-text search in any language,
// and keyset paging. Written in SQL because its two indexes (a GIN index over
// the generated searchVector and expression indexes for the sort keys) are beyond Prisma's
// query builder; see the migration `resident_directory_indexes`.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { RESIDENTS_PAGE_SIZE, type ResidentSort } from "@/lib/domain";
import { encodeCursor, type Cursor } from "@/lib/keyset";
import { searchQuery } from "@/lib/search-text";
import type { ResidentSearch } from "@/lib/validations/resident-search";
import { cardsByIds, type ResidentCard } from "@/lib/data/residents";

/** Counting stops here: "more than 1,000" is all a visitor needs, and it keeps counts O(1). */
export const COUNT_CAP = 1000;

// Up to this many matches, reading them all through the filters' indexes and
// sorting beats walking a sort index (measured at 100k residents: bench/).
const FENCE_MAX = 200;

// Every sort is ascending on (key, name, id) so one row comparison seeks into one
// index. Descending orders sort on the negated value; unknown values sort last.
const SORT_KEY: Record<ResidentSort, Prisma.Sql | null> = {
  name: null,
  newest: Prisma.sql`(-COALESCE(r."sinceYear", 0))::float8`,
  investment: Prisma.sql`(-COALESCE(r."investmentUsd", 0))::float8`,
};

function filters(search: ResidentSearch): Prisma.Sql {
  const where: Prisma.Sql[] = [Prisma.sql`r.published`];
  if (search.sector) where.push(Prisma.sql`r.sector = ${search.sector}::"Sector"`);
  // A joint venture is found under each of its countries (GIN index on partnerCountries).
  if (search.country) where.push(Prisma.sql`(r.country = ${search.country} OR r."partnerCountries" @> ARRAY[${search.country}]::text[])`);
  if (search.status) where.push(Prisma.sql`r.status = ${search.status}::"ResidentStatus"`);
  const query = search.q ? searchQuery(search.q) : null;
  // A query with no letters or digits ("%", "—") can match nothing.
  if (search.q && !query) where.push(Prisma.sql`false`);
  if (query) where.push(Prisma.sql`r."searchVector" @@ to_tsquery('simple'::regconfig, ${query})`);
  return Prisma.join(where, " AND ");
}

function rowKey(sort: ResidentSort): Prisma.Sql {
  const key = SORT_KEY[sort];
  return key ? Prisma.sql`(${key}, r.name, r.id)` : Prisma.sql`(r.name, r.id)`;
}

function cursorKey(sort: ResidentSort, c: Cursor): Prisma.Sql {
  return SORT_KEY[sort] ? Prisma.sql`(${c.k ?? 0}::float8, ${c.n}, ${c.i})` : Prisma.sql`(${c.n}, ${c.i})`;
}

type KeyRow = { id: string; name: string; k: number | null };

// `fenced`: the filters match at most FENCE_MAX rows, so read those through the
// filters' own indexes first (OFFSET 0 keeps the planner from merging the
// subquery) and sort them. Otherwise the planner may walk a sort index hoping to
// meet matches early, which at 100k rows and no match read the whole index.
async function pageOfIds(search: ResidentSearch, fenced: boolean): Promise<{ rows: KeyRow[]; hasPrev: boolean; hasNext: boolean }> {
  const backwards = Boolean(search.before && !search.after);
  const cursor = search.after ?? search.before;
  const seek = cursor
    ? Prisma.sql`AND ${rowKey(search.sort)} ${backwards ? Prisma.sql`<` : Prisma.sql`>`} ${cursorKey(search.sort, cursor)}`
    : Prisma.empty;
  const dir = backwards ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const key = SORT_KEY[search.sort];
  const order = key ? Prisma.sql`${key} ${dir}, r.name ${dir}, r.id ${dir}` : Prisma.sql`r.name ${dir}, r.id ${dir}`;
  const source = fenced
    ? Prisma.sql`(SELECT r.id, r.name, r."sinceYear", r."investmentUsd" FROM "Resident" r WHERE ${filters(search)} OFFSET 0) r WHERE true`
    : Prisma.sql`"Resident" r WHERE ${filters(search)}`;
  const rows = await db.$queryRaw<KeyRow[]>`
    SELECT r.id, r.name, ${key ?? Prisma.sql`NULL::float8`} AS k
    FROM ${source} ${seek}
    ORDER BY ${order}
    LIMIT ${RESIDENTS_PAGE_SIZE + 1}`;
  const more = rows.length > RESIDENTS_PAGE_SIZE;
  const page = rows.slice(0, RESIDENTS_PAGE_SIZE);
  if (backwards) page.reverse();
  return {
    rows: page,
    hasPrev: backwards ? more : Boolean(cursor),
    hasNext: backwards ? true : more,
  };
}

async function cappedCount(search: ResidentSearch): Promise<number> {
  // Unfiltered, the count reads the name index (published rows only) rather
  // than the table; filtered, the planner picks the filter's own index.
  const unfiltered = !search.q && !search.sector && !search.country && !search.status;
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM (
      SELECT 1 FROM "Resident" r WHERE ${filters(search)}
      ${unfiltered ? Prisma.sql`ORDER BY r.name, r.id` : Prisma.empty}
      LIMIT ${COUNT_CAP + 1}
    ) matched`;
  return n;
}

export type DirectoryPage = {
  items: ResidentCard[];
  /** Matches counted up to COUNT_CAP + 1; `totalIsCapped` says the real number is larger. */
  total: number;
  totalIsCapped: boolean;
  prevCursor: string | null;
  nextCursor: string | null;
};

const EMPTY = { rows: [], hasPrev: false, hasNext: false };

/** One page of published residents matching the visitor's filters. */
export async function searchResidents(search: ResidentSearch, locale: string): Promise<DirectoryPage> {
  const filtered = Boolean(search.q || search.sector || search.country || search.status);
  let page: Awaited<ReturnType<typeof pageOfIds>>;
  let total: number;
  if (filtered) {
    // The capped count is cheap on the filters' indexes and tells which plan fits.
    total = await cappedCount(search);
    page = total === 0 ? EMPTY : await pageOfIds(search, total <= FENCE_MAX);
  } else {
    [page, total] = await Promise.all([pageOfIds(search, false), cappedCount(search)]);
  }
  const items = await cardsByIds(
    page.rows.map((r) => r.id),
    locale,
  );
  const toCursor = (r: KeyRow): string => encodeCursor({ k: r.k, n: r.name, i: r.id });
  const first = page.rows[0];
  const last = page.rows.at(-1);
  return {
    items,
    total: Math.min(total, COUNT_CAP),
    totalIsCapped: total > COUNT_CAP,
    prevCursor: page.hasPrev && first ? toCursor(first) : null,
    nextCursor: page.hasNext && last ? toCursor(last) : null,
  };
}
