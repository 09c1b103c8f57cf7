// Synthetic residents and news for load tests, deterministic for a given index:
// row i is always the same row, so 1k, 10k and 100k runs share their first rows
// and every benchmark run sees the same data. Names and texts are composed from
// small per-sector vocabularies in en/ru/zh, so searches match realistic shares
// of the table (a sector word ≈ 10 %, a company word < 1 %).
import { searchDocument } from "../../lib/search-text.ts";

const SECTORS = [
  "ELECTRONICS_TELECOM",
  "MECHANICAL_ENGINEERING",
  "PHARMA_BIOTECH",
  "MEDICAL_DEVICES",
  "FINE_CHEMISTRY",
  "NEW_MATERIALS",
  "LOGISTICS_ECOMMERCE",
  "BIG_DATA",
  "RESEARCH_DEVELOPMENT",
  "OTHER",
] as const;
const STATUSES = ["OPERATING", "UNDER_CONSTRUCTION", "PLANNED"] as const;
const COUNTRIES = ["CN", "BY", "RU", "DE", "AT", "US", "IL", "LT", "KZ", "CH", "IT", "SG", "TR", "AE", "IN"];
const TAGS = ["park", "investment", "residents", "industry", "logistics", "trade", "diplomacy", "innovation", "health"];

// What a company of each sector makes, per language (same position = same meaning).
const PRODUCTS: Record<(typeof SECTORS)[number], { en: string[]; ru: string[]; zh: string[] }> = {
  ELECTRONICS_TELECOM: {
    en: ["routers", "base stations", "fibre modules"],
    ru: ["маршрутизаторы", "базовые станции", "оптические модули"],
    zh: ["路由器", "基站", "光纤模块"],
  },
  MECHANICAL_ENGINEERING: {
    en: ["diesel engines", "gearboxes", "tractors"],
    ru: ["дизельные двигатели", "коробки передач", "тракторы"],
    zh: ["柴油发动机", "变速箱", "拖拉机"],
  },
  PHARMA_BIOTECH: {
    en: ["vaccines", "generic medicines", "enzymes"],
    ru: ["вакцины", "дженерики", "ферменты"],
    zh: ["疫苗", "仿制药", "酶制剂"],
  },
  MEDICAL_DEVICES: {
    en: ["ultrasound scanners", "catheters", "dental implants"],
    ru: ["УЗИ-сканеры", "катетеры", "зубные импланты"],
    zh: ["超声设备", "导管", "牙科种植体"],
  },
  FINE_CHEMISTRY: {
    en: ["catalysts", "coatings", "reagents"],
    ru: ["катализаторы", "покрытия", "реактивы"],
    zh: ["催化剂", "涂料", "试剂"],
  },
  NEW_MATERIALS: {
    en: ["composites", "graphene films", "ceramics"],
    ru: ["композиты", "графеновые плёнки", "керамику"],
    zh: ["复合材料", "石墨烯薄膜", "陶瓷"],
  },
  LOGISTICS_ECOMMERCE: {
    en: ["rail freight", "warehousing", "parcel delivery"],
    ru: ["железнодорожные перевозки", "складские услуги", "доставку посылок"],
    zh: ["铁路货运", "仓储服务", "包裹配送"],
  },
  BIG_DATA: {
    en: ["data centres", "analytics software", "cloud storage"],
    ru: ["центры обработки данных", "аналитическое ПО", "облачное хранение"],
    zh: ["数据中心", "分析软件", "云存储"],
  },
  RESEARCH_DEVELOPMENT: {
    en: ["prototypes", "test benches", "laboratory services"],
    ru: ["прототипы", "испытательные стенды", "лабораторные услуги"],
    zh: ["样机", "测试台", "实验室服务"],
  },
  OTHER: { en: ["furniture", "packaging", "textiles"], ru: ["мебель", "упаковку", "текстиль"], zh: ["家具", "包装", "纺织品"] },
};

const NAME_A = [
  "Amber",
  "Baltic",
  "Crystal",
  "Delta",
  "Eastern",
  "Forest",
  "Granite",
  "Harbor",
  "Iron",
  "Jade",
  "Kinetic",
  "Lotus",
  "Meridian",
  "Northern",
  "Orbit",
  "Pioneer",
  "Quantum",
  "River",
  "Silk",
  "Titan",
  "Unity",
  "Vector",
  "Willow",
  "Zenith",
];
const NAME_B = [
  "Tech",
  "Motors",
  "Pharma",
  "Systems",
  "Materials",
  "Logistics",
  "Labs",
  "Industries",
  "Dynamics",
  "Works",
  "Solutions",
  "Bio",
  "Data",
  "Energy",
  "Robotics",
  "Optics",
];
const FORMS = ["LLC", "JSC", "Ltd", "GmbH", "Co."];
const RU_NAMES = ["Белтех", "Минскмаш", "Полесье", "Неман", "Зубр", "Свитязь", "Браслав", "Нарочь"];
const ZH_NAMES = ["华信", "中联", "长城", "东方", "天成", "瑞丰", "海通", "凯达"];

/** mulberry32: a tiny seeded PRNG, so row i is the same on every machine. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];

export const SCALE_PREFIX = "scale-";
export const scaleSlug = (kind: "r" | "n", i: number) => `${SCALE_PREFIX}${kind}-${String(i).padStart(6, "0")}`;

export function scaleResident(i: number) {
  const r = rng(1_000_003 * (i + 1));
  const sector = pick(r, SECTORS);
  const kind = r();
  const base = kind < 0.1 ? pick(r, RU_NAMES) : kind < 0.2 ? pick(r, ZH_NAMES) : `${pick(r, NAME_A)} ${pick(r, NAME_B)}`;
  const name = `${base} ${pick(r, FORMS)} ${i}`;
  const country = pick(r, COUNTRIES);
  const p = Math.floor(r() * 3);
  const products = PRODUCTS[sector];
  const text = {
    en: {
      summary: `Makes ${products.en[p]} in the park.`,
      description: `${name} produces ${products.en[p]} for export markets from its plant in the Great Stone park.`,
    },
    ru: {
      summary: `Производит ${products.ru[p]} в парке.`,
      description: `${name} выпускает ${products.ru[p]} на экспорт на своём заводе в парке «Великий камень».`,
    },
    zh: { summary: `在园区生产${products.zh[p]}。`, description: `${name}在中白工业园的工厂生产${products.zh[p]}，面向出口市场。` },
  };
  return {
    id: `sc${String(i).padStart(7, "0")}`,
    slug: scaleSlug("r", i),
    name,
    country,
    sector,
    status: pick(r, STATUSES),
    sinceYear: r() < 0.1 ? null : 2013 + Math.floor(r() * 14),
    investmentUsd: r() < 0.15 ? null : Math.round(10 ** (5 + r() * 4)),
    jobs: r() < 0.2 ? null : Math.floor(r() * 2000),
    published: r() >= 0.05,
    text,
    searchText: searchDocument([name, ...Object.values(text).flatMap((t) => [t.summary, t.description])]),
  };
}

export function scaleNews(i: number) {
  const r = rng(2_000_029 * (i + 1));
  const tags = [...new Set([pick(r, TAGS), pick(r, TAGS)])];
  const day = Math.floor(r() * 11 * 365);
  const publishedAt = new Date(Date.UTC(2015, 0, 1) + day * 86_400_000 + Math.floor(r() * 86_400_000));
  const statusRoll = r();
  return {
    id: `sn${String(i).padStart(7, "0")}`,
    slug: scaleSlug("n", i),
    status: statusRoll < 0.05 ? "DRAFT" : statusRoll < 0.07 ? "ARCHIVED" : "PUBLISHED",
    publishedAt,
    tags,
    text: {
      en: {
        title: `Cooperation update no. ${i}`,
        summary: `Synthetic news item ${i} for load tests.`,
        body: `Body of synthetic news item ${i}.`,
      },
      ru: {
        title: `Новости сотрудничества № ${i}`,
        summary: `Синтетическая новость ${i} для нагрузочных тестов.`,
        body: `Текст синтетической новости ${i}.`,
      },
      zh: { title: `合作动态第${i}号`, summary: `用于负载测试的合成新闻${i}。`, body: `合成新闻${i}的正文。` },
    },
  };
}
