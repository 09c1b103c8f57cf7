// The public sources the portal's own statements rest on (shared/content/park-facts.md),
// as data: who published it, in which language, when (as precisely as the source
// dates itself) and where. Statements cite these by id (lib/content/statements.ts).
import type { Locale } from "@/lib/i18n/routing";

export type DatePrecision = "DAY" | "MONTH" | "YEAR";
export type Localized = Record<Locale, string>;

export type Source = {
  publisher: Localized;
  url: string;
  /** ISO date at the source's own precision ("2021", "2019-12", "2026-01-29"); null when the page is undated. */
  date: string | null;
  /** A law firm, consultancy or aggregator rather than the legal text or an official body: shown with ⚠. */
  secondary?: true;
};

// When the undated sources were last read for this portal.
export const SOURCES_CHECKED = "2026-11";

const P = {
  belta: { en: "BelTA", ru: "БелТА", zh: "白俄罗斯通讯社" },
  sb: { en: "SB. Belarus Today", ru: "«СБ. Беларусь сегодня»", zh: "《今日白俄罗斯报》" },
  economy: { en: "Ministry of Economy of Belarus", ru: "Министерство экономики Беларуси", zh: "白俄罗斯经济部" },
  park: { en: "Industrial Park Great Stone", ru: "Индустриальный парк «Великий камень»", zh: "中白工业园" },
  chinaOrg: { en: "China.org.cn", ru: "China.org.cn", zh: "中国网" },
  yidaiyilu: { en: "Belt and Road Portal", ru: "Портал «Один пояс, один путь»", zh: "中国一带一路网" },
  dbwc: { en: "DBWC (consultancy)", ru: "DBWC (консалтинг)", zh: "DBWC（咨询公司）" },
  vmp: { en: "VMP (law firm)", ru: "VMP (юридическая фирма)", zh: "VMP（律师事务所）" },
  legaltime: { en: "Legaltime (law firm)", ru: "Legaltime (юридическая фирма)", zh: "Legaltime（律师事务所）" },
  arzinger: { en: "Arzinger (law firm)", ru: "Arzinger (юридическая фирма)", zh: "Arzinger（律师事务所）" },
  orbitax: { en: "Orbitax (tax news)", ru: "Orbitax (налоговые новости)", zh: "Orbitax（税务资讯）" },
  brestCci: { en: "Belarusian Chamber of Commerce, Brest branch", ru: "Брестское отделение БелТПП", zh: "白俄罗斯工商会布列斯特分会" },
  euroradio: { en: "Euroradio", ru: "Еврорадио", zh: "欧洲广播电台" },
  justarrived: { en: "JustArrived.by", ru: "JustArrived.by", zh: "JustArrived.by" },
  chinaDaily: { en: "China Daily", ru: "China Daily", zh: "《中国日报》" },
  newsBy: { en: "News.by (Belarus 1)", ru: "News.by («Беларусь 1»)", zh: "News.by（白俄罗斯第一频道）" },
  belaruschina: { en: "Belarus–China portal", ru: "Портал «Беларусь — Китай»", zh: "白中合作网" },
  people: { en: "People's Daily Online", ru: "«Жэньминь жибао» онлайн", zh: "人民网" },
  belnovosti: { en: "Belnovosti", ru: "«Белновости»", zh: "Belnovosti" },
  tvr: { en: "Belteleradio (tvr.by)", ru: "Белтелерадиокомпания (tvr.by)", zh: "白俄罗斯国家广播电视公司" },
  onestation: {
    en: "Park Administration (information site)",
    ru: "Администрация парка (информационный сайт)",
    zh: "园区管委会（信息网站）",
  },
  mofcom: { en: "Ministry of Commerce of China", ru: "Министерство коммерции КНР", zh: "中华人民共和国商务部" },
  peoplesMap: { en: "The People's Map of Global China", ru: "The People's Map of Global China", zh: "The People's Map of Global China" },
  ont: { en: "ONT", ru: "ОНТ", zh: "白俄罗斯ONT电视台" },
  mfa: { en: "Ministry of Foreign Affairs of Belarus", ru: "МИД Беларуси", zh: "白俄罗斯外交部" },
  belarusBy: {
    en: "belarus.by (official website of Belarus)",
    ru: "belarus.by (официальный сайт Беларуси)",
    zh: "白俄罗斯官方网站 belarus.by",
  },
  mlyn: { en: "Mlyn.by", ru: "Mlyn.by", zh: "Mlyn.by" },
  reform: { en: "Reform.by", ru: "Reform.by", zh: "Reform.by" },
  belarus24: { en: "Belarus 24", ru: "«Беларусь 24»", zh: "白俄罗斯24频道" },
  minskRegion: { en: "Minsk Regional Executive Committee", ru: "Минский облисполком", zh: "明斯克州执行委员会" },
  svisgaz: { en: "Svisgaz (BelTA)", ru: "«Свислочская газета» (БелТА)", zh: "Svisgaz（白通社）" },
} satisfies Record<string, Localized>;

export const SOURCES = {
  chinaOrg2017: {
    publisher: P.chinaOrg,
    url: "http://portuguese.china.org.cn/china_key_words/2017-04/25/content_40688545.htm",
    date: "2017-04-25",
  },
  yidaiyilu: { publisher: P.yidaiyilu, url: "https://eng.yidaiyilu.gov.cn/p/287126.html", date: null },
  sbDecree253: {
    publisher: P.sb,
    url: "https://www.sb.by/articles/kitaysko-belorusskomu-industrialnomu-parku-dan-zelenyy-svet.html",
    date: "2012",
  },
  sbDecree326: {
    publisher: P.sb,
    url: "https://www.sb.by/articles/velikiy-kamen-novoe-nazvanie-kitaysko-belorusskogo-industrialnogo-parka.html",
    date: "2014",
  },
  ontDecree326: { publisher: P.ont, url: "https://ont.by/news/00118860", date: "2014" },
  beltaDec2021: {
    publisher: P.belta,
    url: "https://petrikov.gov.by/en/news_republic_en/view/china-belarus-industrial-park-great-stone-presented-for-foreign-diplomats-in-moscow-19073/",
    date: "2021-12",
  },
  dbwc: { publisher: P.dbwc, url: "https://dbwc.eu/en/great-stone", date: null, secondary: true },
  park2015: { publisher: P.park, url: "https://en.industrialpark.by/news/2015/korporativnaya-kultura2-en/", date: "2015" },
  belta2020: {
    publisher: P.belta,
    url: "https://www.belta.by/economics/view/reportazh-park-innovatsionnogo-perioda-kak-strojat-velikij-kamen-399524-2020/",
    date: "2020",
  },
  onestation: { publisher: P.onestation, url: "https://info.onestation.by/administraciya-parka/funkcii-administracii-parka", date: null },
  chinaDaily2018: {
    publisher: P.chinaDaily,
    url: "https://www.healinghandsltd.com/a/201808/24/WS5b7f6c19a310add14f38791e_2.html",
    date: "2018-08-24",
  },
  peoplesMap2025: {
    publisher: P.peoplesMap,
    url: "https://thepeoplesmap.net/project/great-stone-china-belarus-industrial-park/",
    date: "2025-01",
    secondary: true,
  },
  euroradio2018: {
    publisher: P.euroradio,
    url: "https://euroradio.fm/en/belarus-chinese-industrial-park-great-stone-has-35-residents",
    date: "2018-05",
  },
  beltaMar2024: {
    publisher: P.belta,
    url: "https://eng.belta.by/economics/view/belarus-china-cooperation-discussed-at-great-stone-park-156536-2024/",
    date: "2024-03",
  },
  economyGov: { publisher: P.economy, url: "https://economy.gov.by/en/China-Belarus-Industrial-Park-en/", date: null },
  justarrived2019: {
    publisher: P.justarrived,
    url: "https://justarrived.by/en/news/great-stone-has-already-collected-more-than-520-million-dollars-of-investment",
    date: "2019-12",
  },
  chinaDaily2020: {
    publisher: P.chinaDaily,
    url: "https://www.pressreader.com/hong-kong/china-daily/20200513/281887300488865",
    date: "2020-05-13",
  },
  newsBy2026: {
    publisher: P.newsBy,
    url: "https://news.by/news/ekonomika/1-7-mlrd-investitsiy-i-udvoenie-pribyli-2025-god-podtverdil-effektivnost-proekta-velikiy-kamen",
    date: "2026-01-29",
  },
  belaruschina2015: {
    publisher: P.belaruschina,
    url: "https://belaruschina.by/en/news/2015/November/26November-1672.html",
    date: "2015-11-26",
  },
  people2021: { publisher: P.people, url: "https://en.people.cn/n3/2021/0129/c90000-9814603.html", date: "2021-01-29" },
  beltaSubparks2019: {
    publisher: P.belta,
    url: "https://www.belta.by/special/economics/view/velikij-kamen-predlagaet-zarubezhnym-partneram-sozdavat-subparki-365694-2019/",
    date: "2019",
  },
  belnovosti2019: {
    publisher: P.belnovosti,
    url: "https://belnovosti.by/amp/ekonomika/park-velikiy-kamen-ozhidaet-popolnenie-i-rasshirenie",
    date: "2019-04-12",
  },
  tvr2018: {
    publisher: P.tvr,
    url: "https://www.tvr.by/eng/news/ekonomika/v_kitaysko_belorusskom_industrialnom_parke_velikiy_kamen_nachali_stroitelstvo_pervogo_zhilogo_doma_/",
    date: "2018-11-21",
  },
  beltaApr2024: {
    publisher: P.belta,
    url: "https://eng.belta.by/economics/view/cpc-central-committee-representative-visits-great-stone-park-157693-2024/",
    date: "2024-04",
  },
  orbitax2017: {
    publisher: P.orbitax,
    url: "https://orbitax.com/news/archive.php/Belarus-Publishes-Decree-on-Im-25429",
    date: "2017",
    secondary: true,
  },
  legaltime: { publisher: P.legaltime, url: "https://legaltime.by/en/great-stone/", date: null, secondary: true },
  brestCci2021: {
    publisher: P.brestCci,
    url: "https://brest.cci.by/en/byulleten-merkuryy/publikatsii/zakonodatelstvo/industrialnyy-park-velikiy-kamen-novye-vozmozhnosti/",
    date: "2021",
  },
  arzinger2021: {
    publisher: P.arzinger,
    url: "https://arzinger.by/legislative-news-en/changes-to-the-preferential-regime-of-the-industrial-park-great-stone",
    date: "2021",
    secondary: true,
  },
  vmp2023: {
    publisher: P.vmp,
    url: "https://en.vmp.by/publications/great_stone_industrial_park_belarus/",
    date: "2023-02",
    secondary: true,
  },
  mofcom: { publisher: P.mofcom, url: "https://mofcom.gov.cn/article/beltandroad/by/enindex.shtml", date: null },
  economy2021: {
    publisher: P.economy,
    url: "https://economy.gov.by/en/news-en/view/the-industrial-park-great-stone-new-residents-and-new-production-45555-2021/",
    date: "2021",
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

// Publishers by web host, so that a link stored with an English label (a figure's
// "News.by (29 Jan 2026)") is named in the reader's language. The date is shown
// beside the link wherever one is, so the label carries the publisher only.
const PUBLISHER_BY_HOST: Record<string, Localized> = {
  "belta.by": P.belta,
  "petrikov.gov.by": P.belta,
  "sb.by": P.sb,
  "economy.gov.by": P.economy,
  "industrialpark.by": P.park,
  "euroradio.fm": P.euroradio,
  "justarrived.by": P.justarrived,
  "news.by": P.newsBy,
  "people.cn": P.people,
  "belnovosti.by": P.belnovosti,
  "mlyn.by": P.mlyn,
  "reform.by": P.reform,
  "belarus24.by": P.belarus24,
  "belarus.by": P.belarusBy,
  "mfa.gov.by": P.mfa,
  "vmp.by": P.vmp,
  "dbwc.eu": P.dbwc,
  "legaltime.by": P.legaltime,
  "arzinger.by": P.arzinger,
  "orbitax.com": P.orbitax,
  "tvr.by": P.tvr,
  "minsk-region.gov.by": P.minskRegion,
  "svisgaz.by": P.svisgaz,
  "mofcom.gov.cn": P.mofcom,
  "chinadaily.com.cn": P.chinaDaily,
  "belaruschina.by": P.belaruschina,
  "ont.by": P.ont,
};

/** The publisher of a URL in the reader's language, when the host is one the portal knows. */
export function publisherOf(url: string, locale: Locale): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  for (let h = host; h.includes("."); h = h.slice(h.indexOf(".") + 1)) {
    const publisher = PUBLISHER_BY_HOST[h];
    if (publisher) return publisher[locale];
  }
  return undefined;
}
