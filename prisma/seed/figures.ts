// Park figures as dated series, from ../shared/content/park-facts.md §1.2–1.3.
// Where sources disagree (area, jobs) every value is kept with its own date and source.
import type { DatePrecision, FigureQualifier } from "../../lib/generated/prisma/enums.ts";

type Point = {
  value: number;
  asOf: string;
  precision?: DatePrecision;
  qualifier?: FigureQualifier;
  source: [title: string, url: string];
};
export type SeedMetric = {
  key: string;
  unit: "count" | "usd" | "km2" | "km" | "ha" | "years";
  featured?: boolean;
  label: { en: string; ru: string; zh: string };
  points: Point[];
};

const S = {
  park2015: ["Industrial Park Great Stone (2015)", "https://en.industrialpark.by/news/2015/korporativnaya-kultura2-en/"],
  euroradio: ["Euroradio (26 May 2018)", "https://euroradio.fm/en/belarus-chinese-industrial-park-great-stone-has-35-residents"],
  belnovosti: ["Belnovosti (Apr 2019)", "https://belnovosti.by/obshchestvo/v-velikom-kamne-do-konca-goda-budet-ne-menee-40-rezidentov"],
  belarus24: [
    "Belarus 24 (Oct 2019)",
    "https://belarus24.by/en/news/society/great-stone-industrial-park-became-platform-for-prc-70th-anniversary-celebrations-in-belarus/",
  ],
  justarrived: [
    "JustArrived.by (Dec 2019)",
    "https://justarrived.by/en/news/great-stone-has-already-collected-more-than-520-million-dollars-of-investment",
  ],
  belarusBy2021: [
    "belarus.by (Feb 2021)",
    "https://www.belarus.by/en/business/business-news/great-stone-industrial-park-raises-650m-in-investment-since-inception_i_125583.html",
  ],
  economy2021: [
    "Ministry of Economy of Belarus (2021)",
    "https://economy.gov.by/en/news-en/view/the-industrial-park-great-stone-new-residents-and-new-production-45555-2021/",
  ],
  people2021: ["People's Daily Online (29 Jan 2021)", "https://en.people.cn/n3/2021/0129/c90000-9814603.html"],
  reform2021: ["Reform.by (2021)", "https://reform.by/233265-obem-investicij-v-velikij-kamen-sostavil-bolee-670-mln-dollarov"],
  sbOct2022: ["SB. Belarus Today (Oct 2022)", "https://sb.by/en/great-stone-park-residents-invested-363m-in-2022-.html"],
  sbNov2022: ["SB. Belarus Today (Nov 2022)", "https://sb.by/en/six-new-residents-registered-at-great-stone.html"],
  sb2023: [
    "SB. Belarus Today (2023)",
    "https://sb.by/en/private-investments-in-great-stone-park-development-exceeds-budget-costs-8-fold.html",
  ],
  mlyn2024: ["Mlyn.by (20 Feb 2024)", "https://mlyn.by/20022024/v-velikom-kamne-planiruyut-sozdat-okolo-35-tys-novyh-rabochih-mest/"],
  beltaApr2024: [
    "BelTA (Apr 2024)",
    "https://eng.belta.by/economics/view/cpc-central-committee-representative-visits-great-stone-park-157693-2024/",
  ],
  beltaMar2024: [
    "BelTA (Mar 2024)",
    "https://eng.belta.by/economics/view/belarus-china-cooperation-discussed-at-great-stone-park-156536-2024/",
  ],
  newsBy2025: ["News.by (2025)", "https://news.by/eng/news/ekonomika/great-stone-has-added-11-residents-since-beginning-of-2025"],
  newsBy2026: [
    "News.by (29 Jan 2026)",
    "https://news.by/news/ekonomika/1-7-mlrd-investitsiy-i-udvoenie-pribyli-2025-god-podtverdil-effektivnost-proekta-velikiy-kamen",
  ],
  economyGov: ["Ministry of Economy of Belarus", "https://economy.gov.by/en/China-Belarus-Industrial-Park-en/"],
  beltaDec2021: [
    "BelTA via petrikov.gov.by (Dec 2021)",
    "https://petrikov.gov.by/en/news_republic_en/view/china-belarus-industrial-park-great-stone-presented-for-foreign-diplomats-in-moscow-19073/",
  ],
  vmp2023: ["VMP law firm (Feb 2023)", "https://en.vmp.by/publications/great_stone_industrial_park_belarus/"],
  sbDecree253: ["SB. Belarus Today (2012)", "https://sb.by/articles/kitaysko-belorusskomu-industrialnomu-parku-dan-zelenyy-svet.html"],
} satisfies Record<string, [string, string]>;

export const seedMetrics: SeedMetric[] = [
  {
    key: "residents",
    unit: "count",
    featured: true,
    label: { en: "Resident companies", ru: "Компании-резиденты", zh: "入园企业" },
    points: [
      { value: 7, asOf: "2015-05-12", source: S.park2015 },
      { value: 35, asOf: "2018-05-26", source: S.euroradio },
      { value: 43, asOf: "2019-04-01", precision: "MONTH", source: S.belnovosti },
      { value: 55, asOf: "2019-10-01", precision: "MONTH", source: S.belarus24 },
      { value: 60, asOf: "2019-12-01", precision: "MONTH", source: S.justarrived },
      { value: 68, asOf: "2021-01-01", precision: "MONTH", source: S.belarusBy2021 },
      { value: 93, asOf: "2022-10-01", precision: "MONTH", source: S.sbOct2022 },
      { value: 99, asOf: "2022-11-01", precision: "MONTH", source: S.sbNov2022 },
      { value: 118, asOf: "2023-12-31", precision: "MONTH", source: S.sb2023 },
      { value: 127, asOf: "2024-02-20", source: S.mlyn2024 },
      { value: 132, asOf: "2024-04-01", precision: "MONTH", source: S.beltaApr2024 },
      { value: 171, asOf: "2026-01-29", source: S.newsBy2026 },
    ],
  },
  {
    key: "countries",
    unit: "count",
    featured: true,
    label: { en: "Countries of origin", ru: "Страны происхождения инвесторов", zh: "投资来源国" },
    points: [
      { value: 13, asOf: "2019-10-01", precision: "MONTH", source: S.belarus24 },
      { value: 15, asOf: "2019-12-01", precision: "MONTH", source: S.justarrived },
      { value: 14, asOf: "2021-01-01", precision: "MONTH", source: S.belarusBy2021 },
      { value: 14, asOf: "2024-04-01", precision: "MONTH", source: S.beltaApr2024 },
      { value: 16, asOf: "2026-01-29", source: S.newsBy2026 },
    ],
  },
  {
    key: "investment_portfolio",
    unit: "usd",
    featured: true,
    label: { en: "Declared investment portfolio", ru: "Заявленный портфель инвестиций", zh: "申报投资总额" },
    points: [
      { value: 1.2e9, asOf: "2021-01-01", precision: "MONTH", source: S.belarusBy2021 },
      { value: 1.25e9, asOf: "2022-10-01", precision: "MONTH", qualifier: "APPROXIMATE", source: S.sbOct2022 },
      { value: 1.4e9, asOf: "2023-12-31", precision: "MONTH", qualifier: "MORE_THAN", source: S.sb2023 },
      { value: 1.7e9, asOf: "2026-01-29", source: S.newsBy2026 },
    ],
  },
  {
    key: "invested_to_date",
    unit: "usd",
    label: { en: "Investment actually made", ru: "Фактически вложенные инвестиции", zh: "实际到位投资" },
    points: [
      { value: 526.4e6, asOf: "2019-12-01", precision: "MONTH", source: S.justarrived },
      { value: 650e6, asOf: "2021-02-01", precision: "MONTH", source: S.belarusBy2021 },
      // The source says "by early 2021": no month is given, so the value is dated to the year.
      { value: 670e6, asOf: "2021-01-01", precision: "YEAR", qualifier: "MORE_THAN", source: S.reform2021 },
      { value: 877e6, asOf: "2024-02-20", qualifier: "MORE_THAN", source: S.mlyn2024 },
    ],
  },
  {
    key: "area",
    unit: "km2",
    featured: true,
    label: { en: "Total area", ru: "Общая площадь", zh: "总面积" },
    points: [
      { value: 91.5, asOf: "2015-01-01", precision: "YEAR", source: S.economyGov },
      { value: 112.5, asOf: "2021-12-01", precision: "MONTH", source: S.beltaDec2021 },
      { value: 112.5, asOf: "2023-02-01", precision: "MONTH", source: S.vmp2023 },
    ],
  },
  {
    key: "distance_minsk",
    unit: "km",
    featured: true,
    label: { en: "Distance from Minsk", ru: "Расстояние от Минска", zh: "距明斯克" },
    points: [{ value: 25, asOf: "2024-03-01", precision: "MONTH", source: S.beltaMar2024 }],
  },
  {
    key: "jobs_created",
    unit: "count",
    label: { en: "Jobs in resident companies", ru: "Рабочие места у резидентов", zh: "入园企业就业岗位" },
    points: [
      { value: 1000, asOf: "2021-01-01", precision: "MONTH", qualifier: "MORE_THAN", source: S.economy2021 },
      { value: 6000, asOf: "2021-01-01", precision: "MONTH", qualifier: "MORE_THAN", source: S.people2021 },
    ],
  },
  {
    key: "jobs_planned",
    unit: "count",
    label: { en: "Jobs planned by residents", ru: "Запланированные рабочие места", zh: "计划新增就业岗位" },
    points: [
      { value: 4000, asOf: "2019-04-01", precision: "MONTH", qualifier: "MORE_THAN", source: S.belnovosti },
      { value: 14000, asOf: "2023-12-31", precision: "MONTH", source: S.sb2023 },
    ],
  },
  {
    key: "buildings",
    unit: "count",
    label: { en: "Buildings completed", ru: "Построенные здания", zh: "已建成建筑" },
    points: [{ value: 75, asOf: "2024-04-01", precision: "MONTH", source: S.beltaApr2024 }],
  },
  {
    key: "phase_one",
    unit: "ha",
    label: {
      en: "First phase with finished infrastructure",
      ru: "Первая очередь с готовой инфраструктурой",
      zh: "基础设施已建成的一期用地",
    },
    points: [{ value: 850, asOf: "2019-12-01", precision: "MONTH", source: S.justarrived }],
  },
  {
    key: "resident_target_2030",
    unit: "count",
    label: { en: "Residents targeted by 2030", ru: "Цель по резидентам к 2030 году", zh: "2030年入园企业目标" },
    points: [{ value: 270, asOf: "2025-03-01", precision: "YEAR", source: S.newsBy2025 }],
  },
  {
    key: "regime_term",
    unit: "years",
    label: { en: "Term of the special legal regime", ru: "Срок действия особого правового режима", zh: "特殊法律制度有效期" },
    points: [{ value: 50, asOf: "2012-06-05", source: S.sbDecree253 }],
  },
];
