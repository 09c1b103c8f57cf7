// Every public page's statements have a source (issue 15). The portal's own
// sentences live in the catalogs under statements.<page>.<section>.<name> and
// their sources in lib/content/statements.ts; figures, residents and news carry
// theirs in the seed data. This walks every public page and fails on:
// - a public page that is in neither group (a new page must say where its
//   statements and their sources are);
// - a statement with no source, an unknown source, or a source with no address
//   or a date at an impossible precision;
// - statement text in the catalogs that no source backs, or prose added to a
//   public page's catalog namespace outside statements.* (only headings, leads
//   about the page itself and controls may live there);
// - a seeded resident, article or figure without its source.
// The browser test e2e/statements.spec.ts checks that the pages render each
// statement with its numbered reference.
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";
import zh from "@/lib/i18n/messages/zh.json";
import { SOURCES } from "@/lib/content/sources";
import { STATEMENTS } from "@/lib/content/statements";
import { seedResidents } from "@/prisma/seed/residents";
import { seedNews } from "@/prisma/seed/news";
import { seedMetrics } from "@/prisma/seed/figures";

const PUBLIC = join(__dirname, "../../app/[locale]/(public)");

// Pages whose own prose is in STATEMENTS, by route → statements page.
const PROSE_PAGES: Record<string, keyof typeof STATEMENTS> = { "": "home", park: "park", contacts: "contacts" };
// Pages that show database records, each record with its sources (checked below
// on the seed), or no statements at all (the contact form's confirmation).
const RECORD_PAGES = [
  "news",
  "news/[slug]",
  "news/page/[page]",
  "news/tag/[tag]",
  "news/tag/[tag]/page/[page]",
  "residents",
  "residents/[slug]",
  "contacts/confirm",
  // The incentive calculator: every rate it states is a database row with its
  // legal basis, source, date and kind (checked in incentive-rates.test.ts).
  "incentives/calculator",
];

// What a public page's own catalog namespace may hold besides its statements:
// titles, headings, the page's lead (what the page is), labels and controls.
const UI_KEYS: Record<string, string[]> = {
  home: [
    "title",
    "ctaInvest",
    "ctaResidents",
    "figuresTitle",
    "figuresNote",
    "residentsTitle",
    "newsTitle",
    "investTitle",
    "investCta",
    "calculatorCta",
  ],
  park: [
    "title",
    "lead",
    "aboutTitle",
    "locationTitle",
    "regimeTitle",
    "regimeLead",
    "incentives.*.title",
    "sectorsTitle",
    "residencyTitle",
    "thresholdsTitle",
    "applyTitle",
    "contactCta",
    "calculatorLead",
    "calculatorCta",
    "askTitle",
    "askLead",
    "askItems.*",
  ],
  contacts: [
    "title",
    "lead",
    "adminTitle",
    "adminLink",
    "developerTitle",
    "developerLink",
    "addressTitle",
    "officialNote",
    "officialContacts",
    "formTitle",
    "formLead",
    "name",
    "company",
    "email",
    "language",
    "website",
    "submit",
    "sent",
    "confirmTitle",
    "confirmOk",
    "confirmFailed",
    "writeAgain",
  ],
};

function publicRoutes(dir = PUBLIC): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return publicRoutes(path);
    return name === "page.tsx" ? [relative(PUBLIC, dir).split("\\").join("/")] : [];
  });
}

function leaves(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${prefix}.${i}`));
  return Object.entries(value as object).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

const registered = Object.entries(STATEMENTS).flatMap(([page, sections]) =>
  Object.entries(sections).flatMap(([section, statements]) =>
    Object.entries(statements as Record<string, readonly string[]>).map(([name, sources]) => ({
      key: `${page}.${section}.${name}`,
      sources,
    })),
  ),
);

describe("every public page's statements have a source", () => {
  it("knows every public page: its prose is in STATEMENTS, or it shows sourced records", () => {
    const unknown = publicRoutes().filter((route) => !(route in PROSE_PAGES) && !RECORD_PAGES.includes(route));
    expect(unknown).toEqual([]);
  });

  it("gives every statement at least one known source with an address and a date at the source's precision", () => {
    const problems = registered.flatMap(({ key, sources }) => {
      if (sources.length === 0) return [`${key}: no source`];
      return sources.flatMap((id) => {
        const source = SOURCES[id as keyof typeof SOURCES] as { url: string; date: string | null } | undefined;
        if (!source) return [`${key}: unknown source ${id}`];
        const bad = [];
        if (!/^https?:\/\/[^/]+\.[a-z]{2,}\//.test(source.url)) bad.push(`${key}: ${id} has no usable address`);
        if (source.date !== null && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(source.date)) bad.push(`${key}: ${id} date ${source.date}`);
        return bad;
      });
    });
    expect(problems).toEqual([]);
  });

  it("has the words of every registered statement in every language", () => {
    for (const catalog of [en, ru, zh]) {
      const texts = new Map(leaves(catalog.statements));
      for (const { key } of registered) expect({ key, text: texts.get(key)?.trim() || null }).toEqual({ key, text: expect.any(String) });
    }
  });

  it("has no statement text that no source backs", () => {
    const keys = new Set(registered.map((s) => s.key));
    for (const catalog of [en, ru, zh]) expect(leaves(catalog.statements).filter(([key]) => !keys.has(key))).toEqual([]);
  });

  it("keeps no prose on a public page outside its sourced statements", () => {
    for (const catalog of [en, ru, zh]) {
      for (const [ns, allowed] of Object.entries(UI_KEYS)) {
        const patterns = allowed.map((a) => new RegExp(`^${a.replace(/\./g, "\\.").replace(/\*/g, "[^.]+")}$`));
        const stray = leaves(catalog[ns as keyof typeof catalog]).filter(([key]) => !patterns.some((p) => p.test(key)));
        expect({ ns, stray: stray.map(([key]) => key) }).toEqual({ ns, stray: [] });
      }
    }
  });

  it("gives every seeded resident, article and figure its source", () => {
    const url = /^https?:\/\/[^/]+\.[a-z]{2,}\//;
    for (const r of seedResidents) {
      expect(r.sources.length, r.slug).toBeGreaterThan(0);
      for (const [title, href] of r.sources)
        expect({ slug: r.slug, title: !!title, url: url.test(href) }).toEqual({ slug: r.slug, title: true, url: true });
    }
    for (const n of seedNews)
      expect({ slug: n.slug, url: url.test(n.sourceUrl), name: !!n.sourceName }).toEqual({ slug: n.slug, url: true, name: true });
    for (const m of seedMetrics)
      for (const p of m.points)
        expect({ metric: m.key, asOf: p.asOf, url: url.test(p.source[1]) }).toEqual({ metric: m.key, asOf: p.asOf, url: true });
  });
});
