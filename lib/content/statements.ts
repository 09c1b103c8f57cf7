// Every factual statement the portal makes in its own words, page by page and
// section by section, with the sources it rests on (lib/content/sources.ts).
// The words are in the catalogs under statements.<page>.<section>.<name>, in
// every language; which source backs a statement lives here, once, as data, so
// pages number their references from it and a test
// (lib/__tests__/statements.test.ts) fails on a statement without a source.
// Figures, residents and news carry their sources in the database instead.
import { SOURCES, type SourceId } from "./sources";

export const STATEMENTS = {
  home: {
    hero: {
      zone: ["sbDecree253", "euroradio2018"],
      distances: ["economyGov"],
    },
    invest: {
      profitTax: ["orbitax2017", "dbwc"],
      propertyTax: ["dbwc"],
      oneStop: ["onestation", "brestCci2021"],
    },
  },
  park: {
    about: {
      agreement: ["chinaOrg2017", "yidaiyilu"],
      decree253: ["sbDecree253"],
      regimeEnd: ["beltaDec2021", "dbwc"],
      name: ["sbDecree326", "ontDecree326"],
      birthday: ["park2015", "belta2020"],
    },
    governance: {
      council: ["sbDecree253"],
      administration: ["sbDecree253", "onestation"],
      developer: ["chinaOrg2017", "peoplesMap2025"],
      developerOwners: ["chinaDaily2018"],
    },
    location: {
      nearMinsk: ["euroradio2018", "beltaMar2024"],
      neighbours: ["beltaMar2024", "economyGov"],
      distances: ["economyGov"],
    },
    infrastructure: {
      phase1: ["justarrived2019", "chinaDaily2020"],
      phase2: ["justarrived2019"],
      buildOut: ["newsBy2026"],
      buildings: ["beltaApr2024"],
      readyPlots: ["belnovosti2019"],
      logistics: ["belaruschina2015"],
      innovationCentre: ["people2021"],
      subparks: ["beltaSubparks2019"],
      housing: ["tvr2018"],
    },
    profitTax: {
      zeroRate: ["orbitax2017", "dbwc"],
      halfRate: ["dbwc"],
      before2017: ["economyGov"],
    },
    propertyTax: {
      exempt: ["dbwc"],
    },
    customs: {
      equipment: ["dbwc", "legaltime"],
      freeZone: ["orbitax2017", "legaltime"],
    },
    innovation: {
      startups: ["brestCci2021"],
      venture: ["brestCci2021"],
    },
    oneStop: {
      procedures58: ["brestCci2021"],
      functions: ["onestation"],
    },
    land: {
      lease: ["dbwc"],
      designNorms: ["sbDecree326"],
    },
    sectors: {
      list: ["vmp2023"],
      added2021: ["brestCci2021", "arzinger2021"],
    },
    residency: {
      who: ["vmp2023", "economyGov", "beltaDec2021"],
    },
    thresholds: {
      rd: ["orbitax2017"],
      fast: ["orbitax2017"],
      other: ["orbitax2017"],
    },
    procedure: {
      registration: ["sbDecree253", "dbwc"],
      onSite: ["mofcom"],
      construction: ["arzinger2021"],
    },
  },
  contacts: {
    admin: {
      role: ["sbDecree253", "onestation"],
      languages: ["onestation"],
    },
    developer: {
      role: ["chinaDaily2018", "peoplesMap2025"],
    },
    location: {
      where: ["euroradio2018", "beltaMar2024"],
      distances: ["economyGov"],
    },
  },
} as const satisfies Record<string, Record<string, Record<string, readonly SourceId[]>>>;

export type StatementPage = keyof typeof STATEMENTS;
export type SectionOf<P extends StatementPage> = keyof (typeof STATEMENTS)[P] & string;

export type Statement = {
  /** The catalog key of its words (statements.park.about.agreement). */
  key: string;
  sources: readonly SourceId[];
  /** Every source behind it is secondary (law firm, consultancy): shown with ⚠. */
  secondaryOnly: boolean;
};

export function statementsOf<P extends StatementPage>(page: P, section: SectionOf<P>): Statement[] {
  const entries = Object.entries((STATEMENTS[page] as Record<string, Record<string, readonly SourceId[]>>)[section]);
  return entries.map(([name, sources]) => ({
    key: `${page}.${section}.${name}`,
    sources,
    secondaryOnly: sources.every((id) => "secondary" in SOURCES[id]),
  }));
}

/**
 * Reference numbers for a page's sources, in the order the page first cites
 * them (its sections in reading order), as in a printed report.
 */
export function numberSources<P extends StatementPage>(page: P, sections: readonly SectionOf<P>[]): Map<SourceId, number> {
  const numbers = new Map<SourceId, number>();
  for (const section of sections)
    for (const statement of statementsOf(page, section))
      for (const id of statement.sources) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  return numbers;
}
