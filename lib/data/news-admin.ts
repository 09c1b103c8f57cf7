// News in the back office: every article in any state, edits with a version
// guard, states draft / scheduled / published / archived, audit before/after.
import "server-only";
import { isUniqueViolation } from "./unique-violation";
import { db } from "@/lib/db";
import { minskLocalToDate } from "@/lib/minsk-time";
import { assertCan } from "@/lib/permissions";
import type { CurrentUser } from "@/lib/session";
import { EDITOR_LOCALES } from "@/lib/domain";
import type { NewsEdit } from "@/lib/validations/news-admin";
import { writeAudit } from "./write-audit";
import { processCover, type CoverError } from "@/lib/cover";
import { storage, storeThenReference } from "@/lib/storage";
import { ok, refuse, type Outcome } from "./result";

export async function listNewsForStaff(actor: CurrentUser, status?: string) {
  assertCan(actor.role, "content:manage");
  return db.newsArticle.findMany({
    where: { status: status ? (status as "DRAFT") : undefined, NOT: { slug: { startsWith: "scale-" } } },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "first" } }, { updatedAt: "desc" }],
    take: 300,
    select: { id: true, slug: true, status: true, publishedAt: true, tags: true, translations: { select: { locale: true, title: true } } },
  });
}

export async function getArticleForEdit(actor: CurrentUser, id: string) {
  assertCan(actor.role, "content:manage");
  return db.newsArticle.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      originalLocale: true,
      status: true,
      publishedAt: true,
      publishedPrecision: true,
      sourceName: true,
      sourceUrl: true,
      tags: true,
      version: true,
      coverKey: true,
      translations: { select: { locale: true, title: true, summary: true, body: true } },
    },
  });
}

/** When the article shows: the scheduled time, now for a new publication, or as it was. */
function publishedAtFor(input: NewsEdit, previous: Date | null, now: Date): Date | null {
  if (input.publishAt) return minskLocalToDate(input.publishAt);
  if (input.status === "PUBLISHED") return previous ?? now;
  return previous;
}

type Snapshot = Record<string, unknown>;
const snap = (
  a: { translations: { locale: string; title: string; summary: string; body: string }[] } & Record<string, unknown>,
): Snapshot => {
  const { translations, ...rest } = a;
  return { ...rest, translations: Object.fromEntries(translations.map(({ locale, ...t }) => [locale, t])) };
};

/** Where the article lived before and after a save: both sets of pages are revalidated. */
export type SavedArticle = { id: string; slug: string; tags: string[]; version: number; previous: { slug: string; tags: string[] } | null };

export async function saveArticle(
  actor: CurrentUser,
  id: string | null,
  input: NewsEdit,
  now = new Date(),
): Promise<Outcome<"notFound" | "conflict" | "slugTaken", SavedArticle>> {
  assertCan(actor.role, "content:manage");
  const texts = EDITOR_LOCALES.map((l) => ({ locale: l, ...input.translations[l] })).filter((t) => t.title && t.summary && t.body);
  const fields = {
    slug: input.slug,
    originalLocale: input.originalLocale,
    status: input.status,
    sourceName: input.sourceName,
    sourceUrl: input.sourceUrl,
    tags: input.tags,
    publishedPrecision: input.publishedPrecision,
  };
  try {
    return await db.$transaction(async (tx) => {
      if (!id) {
        const created = await tx.newsArticle.create({
          data: { ...fields, publishedAt: publishedAtFor(input, null, now), translations: { create: texts } },
          select: { id: true, slug: true, tags: true },
        });
        await writeAudit(tx, actor, "news.create", { type: "NewsArticle", id: created.id }, null, {
          ...fields,
          publishAt: input.publishAt,
        });
        return ok({ id: created.id, slug: created.slug, tags: created.tags, version: 1, previous: null });
      }
      const select = {
        slug: true,
        status: true,
        publishedAt: true,
        publishedPrecision: true,
        sourceName: true,
        sourceUrl: true,
        tags: true,
        originalLocale: true,
        translations: { orderBy: { locale: "asc" as const }, select: { locale: true, title: true, summary: true, body: true } },
      };
      const before = await tx.newsArticle.findUnique({ where: { id }, select });
      if (!before) return refuse("notFound");
      const { count } = await tx.newsArticle.updateMany({
        where: { id, version: input.version },
        data: { ...fields, publishedAt: publishedAtFor(input, before.publishedAt, now), version: { increment: 1 } },
      });
      if (count !== 1) return refuse("conflict");
      // Texts in the editor's locales are replaced; others (e.g. a German original) stay.
      await tx.newsTranslation.deleteMany({ where: { articleId: id, locale: { in: [...EDITOR_LOCALES] } } });
      await tx.newsTranslation.createMany({ data: texts.map((t) => ({ articleId: id, ...t })) });
      const after = await tx.newsArticle.findUniqueOrThrow({ where: { id }, select });
      const action = before.status !== after.status ? `news.${after.status.toLowerCase()}` : "news.update";
      await writeAudit(tx, actor, action, { type: "NewsArticle", id }, snap(before), snap(after));
      return ok({ id, slug: after.slug, tags: after.tags, version: input.version + 1, previous: { slug: before.slug, tags: before.tags } });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refuse("slugTaken");
    throw error;
  }
}

type CoverSaved = { slug: string; tags: string[]; replaced: string | null };

/** Replaces the article's cover with the processed photo (see lib/cover.ts). */
export async function setArticleCover(
  actor: CurrentUser,
  id: string,
  bytes: Uint8Array,
): Promise<Outcome<"notFound" | CoverError, { slug: string; tags: string[] }>> {
  assertCan(actor.role, "content:manage");
  const cover = await processCover(bytes);
  if (!cover.ok) return refuse(cover.error);
  const saved = await storeThenReference(cover.webp, (coverKey) =>
    db.$transaction(async (tx): Promise<Outcome<"notFound", CoverSaved>> => {
      const a = await tx.newsArticle.findUnique({ where: { id }, select: { slug: true, tags: true, coverKey: true } });
      if (!a) return refuse("notFound");
      await tx.newsArticle.update({ where: { id }, data: { coverKey, coverWidth: cover.width, coverHeight: cover.height } });
      await writeAudit(tx, actor, "news.cover", { type: "NewsArticle", id }, { coverKey: a.coverKey }, { coverKey });
      return ok({ slug: a.slug, tags: a.tags, replaced: a.coverKey });
    }),
  );
  if (!saved.ok) return saved;
  if (saved.replaced) await storage.remove([saved.replaced]);
  return ok({ slug: saved.slug, tags: saved.tags });
}

/** Takes the cover off an article; its file goes once nothing refers to it. */
export async function removeArticleCover(actor: CurrentUser, id: string): Promise<Outcome<"notFound", { slug: string; tags: string[] }>> {
  assertCan(actor.role, "content:manage");
  const removed = await db.$transaction(async (tx): Promise<Outcome<"notFound", CoverSaved>> => {
    const a = await tx.newsArticle.findUnique({ where: { id }, select: { slug: true, tags: true, coverKey: true } });
    if (!a) return refuse("notFound");
    if (!a.coverKey) return ok({ slug: a.slug, tags: a.tags, replaced: null });
    await tx.newsArticle.update({ where: { id }, data: { coverKey: null, coverWidth: null, coverHeight: null } });
    await writeAudit(tx, actor, "news.cover", { type: "NewsArticle", id }, { coverKey: a.coverKey }, { coverKey: null });
    return ok({ slug: a.slug, tags: a.tags, replaced: a.coverKey });
  });
  if (!removed.ok) return removed;
  if (removed.replaced) await storage.remove([removed.replaced]);
  return ok({ slug: removed.slug, tags: removed.tags });
}
