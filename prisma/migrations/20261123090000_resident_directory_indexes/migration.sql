-- The resident directory (lib/data/resident-directory.ts) searches and pages with
-- expressions Prisma's schema language cannot describe, so these indexes live
-- here only. All are partial: visitors only ever see published residents.

-- Full-text search over the pre-tokenised document (Latin, Cyrillic, CJK bigrams).
-- A stored column rather than an expression index: ANALYZE keeps word
-- frequencies for a column, so the planner knows "export" matches most rows
-- (walk the sort index) and "nonexistentword" none (ask the GIN index). With
-- only an expression index it guessed, and a miss walked the whole table.
ALTER TABLE "Resident" ADD COLUMN "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, "searchText")) STORED;
CREATE INDEX "Resident_search_idx" ON "Resident" USING GIN ("searchVector") WHERE "published";

-- Keyset paging: one ascending (key, name, id) index per sort order. Sorting by
-- name uses the schema's ("published", "name") index.
CREATE INDEX "Resident_dir_newest_idx" ON "Resident"
  (((-COALESCE("sinceYear", 0))::float8), "name", "id") WHERE "published";
CREATE INDEX "Resident_dir_investment_idx" ON "Resident"
  (((-COALESCE("investmentUsd", 0))::float8), "name", "id") WHERE "published";
