// Resident listings in the back office: every listing (published or not), edits
// with optimistic concurrency, publish/unpublish and delete. Each write is
// audited with the changed fields; the caller revalidates the public pages.
import "server-only";
import { isUniqueViolation } from "./unique-violation";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/permissions";
import { processLogo } from "@/lib/logo";
import { residentSearchDocument } from "@/lib/search-text";
import { storage, storeThenReference } from "@/lib/storage";
import type { CurrentUser } from "@/lib/session";
import { EDITOR_LOCALES } from "@/lib/domain";
import type { ResidentEdit } from "@/lib/validations/resident-admin";
import { writeAudit } from "./write-audit";
import { ok, refuse, type Outcome } from "./result";

export async function listResidentsForStaff(actor: CurrentUser, filter: { q?: string; published?: "yes" | "no" }) {
  assertCan(actor.role, "content:manage");
  return db.resident.findMany({
    where: {
      published: filter.published ? filter.published === "yes" : undefined,
      OR: filter.q ? [{ name: { contains: filter.q, mode: "insensitive" } }, { slug: { contains: filter.q.toLowerCase() } }] : undefined,
      // The synthetic load-test rows stay out of the editors' way.
      NOT: { slug: { startsWith: "scale-" } },
    },
    orderBy: { name: "asc" },
    take: 300,
    select: {
      id: true,
      slug: true,
      name: true,
      country: true,
      sector: true,
      published: true,
      updatedAt: true,
      translations: { select: { locale: true } },
    },
  });
}

/** The listing's own columns: what the editor shows and what the audit log compares. */
const listingColumns = {
  slug: true,
  name: true,
  country: true,
  sector: true,
  status: true,
  partnerCountries: true,
  statusAsOf: true,
  statusAsOfPrecision: true,
  statusSourceUrl: true,
  sinceYear: true,
  investmentUsd: true,
  investmentUsdMax: true,
  jobs: true,
  website: true,
  originalLocale: true,
  featured: true,
  published: true,
} as const;

export async function getResidentForEdit(actor: CurrentUser, id: string) {
  assertCan(actor.role, "content:manage");
  return db.resident.findUnique({
    where: { id },
    select: {
      id: true,
      ...listingColumns,
      version: true,
      logoKey: true,
      translations: { select: { locale: true, name: true, summary: true, description: true } },
      sources: { orderBy: { position: "asc" }, select: { title: true, url: true } },
    },
  });
}

function snapshot(r: {
  [k: string]: unknown;
  translations: { locale: string; name: string; summary: string; description: string }[];
  sources: { title: string; url: string }[];
}) {
  const { translations, sources, ...fields } = r;
  return {
    ...fields,
    translations: Object.fromEntries(translations.map((t) => [t.locale, { name: t.name, summary: t.summary, description: t.description }])),
    sources,
  };
}

/** Creates (id null) or updates a listing if nobody saved it since `version`. */
export async function saveResident(
  actor: CurrentUser,
  id: string | null,
  input: ResidentEdit,
): Promise<Outcome<"notFound" | "conflict" | "slugTaken", { id: string; slug: string; oldSlug: string | null; version: number }>> {
  assertCan(actor.role, "content:manage");
  const texts = EDITOR_LOCALES.map((l) => ({ locale: l, ...input.translations[l] })).filter((t) => t.summary || t.description);
  const fields = {
    slug: input.slug,
    name: input.name,
    country: input.country,
    sector: input.sector,
    status: input.status,
    partnerCountries: input.partnerCountries,
    statusAsOf: input.statusAsOf ? new Date(`${input.statusAsOf}T00:00:00Z`) : null,
    statusAsOfPrecision: input.statusAsOfPrecision,
    statusSourceUrl: input.statusSourceUrl || null,
    sinceYear: input.sinceYear,
    investmentUsd: input.investmentUsd,
    investmentUsdMax: input.investmentUsdMax,
    jobs: input.jobs,
    website: input.website || null,
    originalLocale: input.originalLocale,
    featured: input.featured,
    searchText: residentSearchDocument(
      input.name,
      texts.flatMap((t) => [t.name, t.summary, t.description]),
    ),
  };
  try {
    return await db.$transaction(async (tx) => {
      if (!id) {
        const created = await tx.resident.create({
          data: {
            ...fields,
            translations: {
              create: texts.map((t) => ({ locale: t.locale, name: t.name, summary: t.summary, description: t.description || t.summary })),
            },
            sources: { create: input.sources.map((s, position) => ({ ...s, position })) },
          },
          select: { id: true, slug: true },
        });
        await writeAudit(tx, actor, "resident.create", { type: "Resident", id: created.id }, null, { ...fields, searchText: undefined });
        return ok({ id: created.id, slug: created.slug, oldSlug: null, version: 1 });
      }
      const before = await getResidentForEditTx(tx, id);
      if (!before) return refuse("notFound");
      const { count } = await tx.resident.updateMany({
        where: { id, version: input.version },
        data: { ...fields, version: { increment: 1 } },
      });
      if (count !== 1) return refuse("conflict");
      await tx.residentTranslation.deleteMany({ where: { residentId: id } });
      await tx.residentTranslation.createMany({
        data: texts.map((t) => ({
          residentId: id,
          locale: t.locale,
          name: t.name,
          summary: t.summary,
          description: t.description || t.summary,
        })),
      });
      await tx.residentSource.deleteMany({ where: { residentId: id } });
      await tx.residentSource.createMany({ data: input.sources.map((s, position) => ({ residentId: id, ...s, position })) });
      const after = await getResidentForEditTx(tx, id);
      await writeAudit(tx, actor, "resident.update", { type: "Resident", id }, snapshot(before), snapshot(after!));
      return ok({ id, slug: input.slug, oldSlug: before.slug, version: input.version + 1 });
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refuse("slugTaken");
    throw error;
  }
}

function getResidentForEditTx(tx: Prisma.TransactionClient, id: string) {
  return tx.resident.findUnique({
    where: { id },
    select: {
      ...listingColumns,
      translations: { orderBy: { locale: "asc" }, select: { locale: true, name: true, summary: true, description: true } },
      sources: { orderBy: { position: "asc" }, select: { title: true, url: true } },
    },
  });
}

export async function setResidentPublished(
  actor: CurrentUser,
  id: string,
  published: boolean,
): Promise<Outcome<"notFound", { slug: string }>> {
  assertCan(actor.role, "content:manage");
  return db.$transaction(async (tx) => {
    const r = await tx.resident.findUnique({ where: { id }, select: { slug: true, published: true } });
    if (!r) return refuse("notFound");
    // Not a content edit: the version (which guards the edit form) stays.
    await tx.resident.update({ where: { id }, data: { published } });
    await writeAudit(
      tx,
      actor,
      published ? "resident.publish" : "resident.unpublish",
      { type: "Resident", id },
      { published: r.published },
      { published },
    );
    return ok({ slug: r.slug });
  });
}

/** Deletes a listing; the caller must repeat its slug (the confirmation). */
export async function deleteResident(
  actor: CurrentUser,
  id: string,
  confirmSlug: string,
): Promise<Outcome<"notFound" | "notConfirmed", { slug: string }>> {
  assertCan(actor.role, "content:manage");
  const deleted = await db.$transaction(async (tx) => {
    const r = await tx.resident.findUnique({ where: { id }, select: { slug: true, name: true, published: true, logoKey: true } });
    if (!r) return refuse("notFound");
    if (r.slug !== confirmSlug.trim()) return refuse("notConfirmed");
    await tx.proposal.updateMany({ where: { residentId: id }, data: { residentId: null } });
    await tx.resident.delete({ where: { id } });
    await writeAudit(tx, actor, "resident.delete", { type: "Resident", id }, { slug: r.slug, name: r.name, published: r.published }, null);
    return ok({ slug: r.slug, logoKey: r.logoKey });
  });
  if (!deleted.ok) return deleted;
  // The logo goes once nothing refers to it any more (the sweep catches a crash here).
  if (deleted.logoKey) await storage.remove([deleted.logoKey]);
  return ok({ slug: deleted.slug });
}

/** Replaces the listing's logo with the processed image (see lib/logo.ts). */
export async function setResidentLogo(
  actor: CurrentUser,
  id: string,
  bytes: Uint8Array,
): Promise<Outcome<"notFound" | "tooLarge" | "badType" | "unreadable", { slug: string }>> {
  assertCan(actor.role, "content:manage");
  const logo = await processLogo(bytes);
  if (!logo.ok) return refuse(logo.error);
  const saved = await storeThenReference(logo.png, (logoKey) =>
    db.$transaction(async (tx) => {
      const r = await tx.resident.findUnique({ where: { id }, select: { slug: true, logoKey: true } });
      if (!r) return refuse("notFound");
      await tx.resident.update({ where: { id }, data: { logoKey } });
      await writeAudit(tx, actor, "resident.logo", { type: "Resident", id }, { logoKey: r.logoKey }, { logoKey });
      return ok({ slug: r.slug, replaced: r.logoKey });
    }),
  );
  if (!saved.ok) return saved;
  if (saved.replaced) await storage.remove([saved.replaced]);
  return ok({ slug: saved.slug });
}

/** Takes the logo off a listing (it shows its monogram again). */
export async function removeResidentLogo(actor: CurrentUser, id: string): Promise<Outcome<"notFound", { slug: string }>> {
  assertCan(actor.role, "content:manage");
  const removed = await db.$transaction(async (tx) => {
    const r = await tx.resident.findUnique({ where: { id }, select: { slug: true, logoKey: true } });
    if (!r) return refuse("notFound");
    if (r.logoKey) {
      await tx.resident.update({ where: { id }, data: { logoKey: null } });
      await writeAudit(tx, actor, "resident.logo", { type: "Resident", id }, { logoKey: r.logoKey }, { logoKey: null });
    }
    return ok({ slug: r.slug, replaced: r.logoKey });
  });
  if (!removed.ok) return removed;
  if (removed.replaced) await storage.remove([removed.replaced]);
  return ok({ slug: removed.slug });
}

/** A published listing's logo, for the public image route; null otherwise. */
export async function getPublicLogo(key: string) {
  const owner = await db.resident.findFirst({ where: { logoKey: key, published: true }, select: { id: true } });
  return owner ? storage.get(key) : null;
}
