// What each audit entry was done to, in words: the record's name as a person
// knows it (an inquiry's subject, a resident's name, a figure's label) and the
// back-office page to open it, looked up in one query per kind of record. A
// deleted record keeps the name its entry recorded, with no link.
import "server-only";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { pickTranslation } from "@/lib/i18n/pick-translation";
import type { AUDIT_ENTITIES } from "@/lib/validations/audit";

type Entity = (typeof AUDIT_ENTITIES)[number];
type Entry = { entityType: string; entityId: string; before: unknown; after: unknown };
export type AuditRecord = { label: string; href: string | null };

const field = (json: unknown, key: string) =>
  json && typeof json === "object" && key in json ? String((json as Record<string, unknown>)[key] ?? "") : "";

async function lookUp(entity: Entity, ids: string[], locale: string): Promise<Map<string, AuditRecord>> {
  const map = new Map<string, AuditRecord>();
  if (entity === "Inquiry") {
    for (const r of await db.inquiry.findMany({ where: { id: { in: ids } }, select: { id: true, subject: true } }))
      map.set(r.id, { label: r.subject, href: `/staff/inquiries/${r.id}` });
  } else if (entity === "Proposal") {
    for (const r of await db.proposal.findMany({ where: { id: { in: ids } }, select: { id: true, title: true, legalName: true } }))
      map.set(r.id, { label: r.title || r.legalName || r.id, href: `/staff/proposals/${r.id}` });
  } else if (entity === "Resident") {
    for (const r of await db.resident.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }))
      map.set(r.id, { label: r.name, href: `/staff/residents/${r.id}` });
  } else if (entity === "NewsArticle") {
    const rows = await db.newsArticle.findMany({
      where: { id: { in: ids } },
      select: { id: true, slug: true, originalLocale: true, translations: { select: { locale: true, title: true } } },
    });
    for (const r of rows)
      map.set(r.id, { label: pickTranslation(r.translations, locale, r.originalLocale)?.title ?? r.slug, href: `/staff/news/${r.id}` });
  } else if (entity === "User") {
    for (const r of await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, role: true } }))
      map.set(r.id, { label: r.name, href: r.role === "INVESTOR" ? `/staff/investors/${r.id}` : "/staff/accounts" });
  } else if (entity === "AnswerTemplate") {
    for (const r of await db.answerTemplate.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }))
      map.set(r.id, { label: r.title, href: `/staff/templates/${r.id}` });
  } else if (entity === "FigureValue") {
    const rows = await db.figureValue.findMany({
      where: { id: { in: ids } },
      select: { id: true, metric: { select: { key: true, translations: { select: { locale: true, label: true } } } } },
    });
    for (const r of rows)
      map.set(r.id, { label: pickTranslation(r.metric.translations, locale, "en")?.label ?? r.metric.key, href: "/staff/figures" });
  } else if (entity === "IncentiveRate") {
    const t = await getTranslations({ locale, namespace: "incentiveRates.parameters" });
    for (const r of await db.incentiveRate.findMany({ where: { id: { in: ids } }, select: { id: true, parameter: true } }))
      map.set(r.id, { label: t(r.parameter), href: "/staff/incentive-rates" });
  }
  return map;
}

/** The record of each entry, in the entries' order. */
export async function describeAuditRecords(entries: Entry[], locale: string): Promise<AuditRecord[]> {
  const byEntity = new Map<Entity, Set<string>>();
  for (const e of entries) {
    const ids = byEntity.get(e.entityType as Entity) ?? new Set<string>();
    byEntity.set(e.entityType as Entity, ids.add(e.entityId));
  }
  const found = new Map<string, AuditRecord>();
  for (const [entity, ids] of byEntity) {
    for (const [id, record] of await lookUp(entity, [...ids], locale)) found.set(`${entity}:${id}`, record);
  }
  return entries.map(
    (e) =>
      found.get(`${e.entityType}:${e.entityId}`) ?? {
        // Gone since: the name the entry itself kept, else the id.
        label: field(e.before, "name") || field(e.before, "slug") || field(e.after, "email") || e.entityId,
        href: null,
      },
  );
}

/** The name of the person each entry assigned, in the entries' order (null when none; the id if they are gone). */
export async function assigneesOf(entries: Entry[]): Promise<(string | null)[]> {
  const idOf = entries.map((e) => field(e.after, "assigneeId"));
  const ids = [...new Set(idOf.filter(Boolean))];
  const rows = ids.length ? await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const names = new Map(rows.map((r) => [r.id, r.name]));
  return idOf.map((id) => (id ? (names.get(id) ?? id) : null));
}
