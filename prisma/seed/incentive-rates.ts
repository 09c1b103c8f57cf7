// The incentive calculator's parameters as first entered, from the sources in
// docs/research/incentive-rates.md (checked on 24 November 2026 against the
// stored copies of those pages). Created for a parameter that has no row yet,
// never updated, so staff's later values stay; seeded on every start.
// A start date is given only where the source states one. Rates the sources
// could not give (the general land-tax rate of a plot, the customs duty of a
// tariff line, an exchange rate) are not here: the calculator asks for them.
import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import type { DatePrecision, IncentiveParameter, SourceKind } from "../../lib/generated/prisma/enums.ts";

type SeedRate = {
  parameter: IncentiveParameter;
  value: number;
  effectiveFrom?: { date: string; precision: DatePrecision };
  effectiveUntil?: string;
  legalBasis: { en: string; ru: string; zh: string };
  source: { title: string; url: string; kind: SourceKind; date?: { date: string; precision: DatePrecision } };
};

const CHECKED_ON = "2026-11-24";
// The end of the park's benefits: 14 June 2062 in DBWC's summary (secondary). The
// regime's 50-year term from Decree No. 253 of 5 June 2012 is reported by the state
// newspaper SB (secondary too); no primary text giving the day was available here.
const REGIME_END = "2062-06-14";

const TAX_CODE_PROFIT = {
  en: "Tax Code of the Republic of Belarus, chapter 16 (profit tax)",
  ru: "Налоговый кодекс Республики Беларусь, глава 16 «Налог на прибыль»",
  zh: "《白俄罗斯共和国税法典》第16章（利润税）",
};
const MINFIN = {
  title: "Ministry of Finance of the Republic of Belarus: «Налоговая система» (tax system)",
  url: "https://minfin.gov.by/ru/tax_policy/tax_system/doc/34a51728f6594baa.html?version=print",
  kind: "PRIMARY" as const,
};
const IVATSEVICHI = {
  title: "Ivatsevichi District Executive Committee: «Изменения по налогу на прибыль с 01.01.2024»",
  url: "https://ivacevichi.brest-region.gov.by/ru/2014-05-14-06-04-22-859-ru/view/izmenenija-po-nalogu-na-pribyl-s-01012024-2000004341",
  kind: "PRIMARY" as const,
  date: { date: "2024-01-01", precision: "YEAR" as const },
};
const DECREE_166 = {
  en: "Decree of the President of the Republic of Belarus No. 166 of 12 May 2017",
  ru: "Указ Президента Республики Беларусь от 12 мая 2017 г. № 166",
  zh: "白俄罗斯共和国2017年5月12日第166号总统令",
};
const DBWC = {
  title: "DBWC (German-Belarusian Business Club): Great Stone",
  url: "https://dbwc.eu/en/great-stone",
  kind: "SECONDARY" as const,
};
const RESOLUTION_87 = {
  en: "Decree No. 166 of 12 May 2017; Council of Ministers Resolution No. 87 of 31 January 2018 (how the exemption is confirmed)",
  ru: "Указ Президента Республики Беларусь от 12 мая 2017 г. № 166; постановление Совета Министров Республики Беларусь от 31 января 2018 г. № 87 (порядок подтверждения условий освобождения)",
  zh: "2017年5月12日第166号总统令；2018年1月31日部长会议第87号决议（免税条件确认程序）",
};
// The text as amended on 12 December 2023: that version's date is the source's date.
const CIS_LEGISLATION_87 = {
  title:
    "Council of Ministers Resolution No. 87 of 31 January 2018, as amended on 12 December 2023 (unofficial English translation, CIS Legislation)",
  url: "https://cis-legislation.com/document.fwx?rgn=119921",
  kind: "PRIMARY" as const,
  date: { date: "2023-12-12", precision: "DAY" as const },
};

export const SEED_RATES: SeedRate[] = [
  { parameter: "GENERAL_PROFIT_TAX", value: 20, legalBasis: TAX_CODE_PROFIT, source: MINFIN },
  {
    parameter: "GENERAL_PROFIT_TAX_HIGH",
    value: 25,
    effectiveFrom: { date: "2024-01-01", precision: "YEAR" },
    legalBasis: TAX_CODE_PROFIT,
    source: IVATSEVICHI,
  },
  {
    parameter: "HIGH_RATE_THRESHOLD_BYN",
    value: 25_000_000,
    effectiveFrom: { date: "2024-01-01", precision: "YEAR" },
    legalBasis: TAX_CODE_PROFIT,
    source: IVATSEVICHI,
  },
  {
    parameter: "REAL_ESTATE_TAX",
    value: 1,
    legalBasis: {
      en: "Tax Code of the Republic of Belarus, article 230 (real-estate tax rates)",
      ru: "Налоговый кодекс Республики Беларусь, статья 230 (ставки налога на недвижимость)",
      zh: "《白俄罗斯共和国税法典》第230条（不动产税税率）",
    },
    source: {
      title: "Orbitax: Belarus, Other Taxes",
      url: "https://www.orbitax.com/taxhub/countrychapters/BY/Belarus/7890123caa2f4bbc950c93677678bece/Other-Taxes-763",
      kind: "SECONDARY",
    },
  },
  {
    parameter: "IMPORT_VAT",
    value: 20,
    legalBasis: {
      en: "Tax Code of the Republic of Belarus (value added tax)",
      ru: "Налоговый кодекс Республики Беларусь (налог на добавленную стоимость)",
      zh: "《白俄罗斯共和国税法典》（增值税）",
    },
    source: {
      title: "National Agency of Investment and Privatization: Tax system",
      url: "https://investinbelarus.by/en/tax-system",
      kind: "PRIMARY",
    },
  },
  { parameter: "PARK_PROFIT_EXEMPT_YEARS", value: 10, effectiveUntil: REGIME_END, legalBasis: DECREE_166, source: DBWC },
  { parameter: "PARK_PROFIT_REDUCED_SHARE", value: 50, effectiveUntil: REGIME_END, legalBasis: DECREE_166, source: DBWC },
  { parameter: "PARK_REAL_ESTATE_SHARE", value: 0, effectiveUntil: REGIME_END, legalBasis: DECREE_166, source: DBWC },
  { parameter: "PARK_LAND_SHARE", value: 0, effectiveUntil: REGIME_END, legalBasis: DECREE_166, source: DBWC },
  { parameter: "PARK_IMPORT_VAT_SHARE", value: 0, legalBasis: RESOLUTION_87, source: CIS_LEGISLATION_87 },
  { parameter: "PARK_IMPORT_DUTY_SHARE", value: 0, legalBasis: RESOLUTION_87, source: CIS_LEGISLATION_87 },
];

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Creates the first value of every parameter that has none; returns how many were created. */
export async function seedIncentiveRates(db: PrismaClient): Promise<number> {
  // Two instances starting together must not both find a parameter empty and both create it.
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('seed:incentive-rates'))`;
    return createMissing(tx);
  });
}

async function createMissing(db: Pick<PrismaClient, "incentiveRate">): Promise<number> {
  const present = new Set(
    (await db.incentiveRate.findMany({ distinct: ["parameter"], select: { parameter: true } })).map((r) => r.parameter),
  );
  const missing = SEED_RATES.filter((r) => !present.has(r.parameter));
  if (!missing.length) return 0;
  const { count } = await db.incentiveRate.createMany({
    data: missing.map((r) => ({
      parameter: r.parameter,
      value: r.value,
      effectiveFrom: r.effectiveFrom ? day(r.effectiveFrom.date) : null,
      effectiveFromPrecision: r.effectiveFrom?.precision ?? "DAY",
      effectiveUntil: r.effectiveUntil ? day(r.effectiveUntil) : null,
      legalBasisEn: r.legalBasis.en,
      legalBasisRu: r.legalBasis.ru,
      legalBasisZh: r.legalBasis.zh,
      sourceTitle: r.source.title,
      sourceUrl: r.source.url,
      sourceKind: r.source.kind,
      sourceDate: r.source.date ? day(r.source.date.date) : null,
      sourceDatePrecision: r.source.date?.precision ?? "DAY",
      checkedOn: day(CHECKED_ON),
    })),
  });
  return count;
}
