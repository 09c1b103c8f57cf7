// The business calendars of the service clock (lib/service-clock.ts): Minsk
// (Belarus's public holidays and the Council of Ministers' transfers of working
// days) and Beijing (the State Council's annual holiday notice, with weekend
// days made working days, 调休). Each entry names the text it comes from; each
// year says whether its annual act is in (CONFIRMED) or only the fixed
// holidays are (PROVISIONAL). A year that is missing makes the back office's
// dashboard warn from 1 November (lib/data/calendars.ts).
// Research with quotations: the note on issue 17.
import type { CalendarCode, CalendarDayKind, CalendarYearStatus } from "../../lib/generated/prisma/enums.ts";

type Names = { en: string; ru: string; zh: string };
export type SeedCalendarEntry = { calendar: CalendarCode; date: string; kind: CalendarDayKind; name: Names; sourceUrl: string };
export type SeedCalendarYear = {
  calendar: CalendarCode;
  year: number;
  status: CalendarYearStatus;
  sourceTitle: string;
  sourceUrl: string;
};

const SOURCES = {
  // Gomelskaya Pravda (state regional daily), 29 Sep 2025: the 2026 days off and resolution No. 397.
  by2026: "https://www.gs.by/2025/09/29/god-nachnyotsya-s-otdyha-raspisanie-prazdnikov-i-vyhodnyh-na-2026-j",
  // The Ministry of Foreign Affairs' list of public holidays (Decree No. 157 of 26 March 1998, as amended).
  byFixed: "https://venezuela.mfa.gov.by/ru/embassy/holidays",
  // Xinhua's text of the State Council General Office notice of 4 Nov 2025 (国办发明电〔2025〕7号).
  cn2026: "https://politics.gmw.cn/2025-11/04/content_38391083.htm",
} as const;

const N = {
  newYear: { en: "New Year", ru: "Новый год", zh: "新年" },
  orthodoxChristmas: { en: "Orthodox Christmas", ru: "Рождество Христово (православное)", zh: "东正教圣诞节" },
  womensDay: { en: "Women's Day", ru: "День женщин", zh: "妇女节" },
  radunitsa: { en: "Radunitsa", ru: "Радуница", zh: "拉杜尼察节（追思节）" },
  labourDay: { en: "Labour Day", ru: "Праздник труда", zh: "劳动节" },
  victoryDay: { en: "Victory Day", ru: "День Победы", zh: "胜利日" },
  independenceDay: { en: "Independence Day", ru: "День Независимости", zh: "独立日" },
  octoberRevolution: { en: "October Revolution Day", ru: "День Октябрьской революции", zh: "十月革命节" },
  catholicChristmas: { en: "Catholic Christmas", ru: "Рождество Христово (католическое)", zh: "天主教圣诞节" },
  movedDayOff: {
    en: "Day off moved from Saturday 25 April",
    ru: "Выходной, перенесённый с субботы 25 апреля",
    zh: "调休（与4月25日星期六对调）",
  },
  movedWorkday: {
    en: "Working Saturday (for Monday 20 April)",
    ru: "Рабочая суббота (за понедельник 20 апреля)",
    zh: "调休上班（替代4月20日星期一）",
  },
  cnNewYear: { en: "New Year's Day holiday", ru: "Новый год (Китай)", zh: "元旦" },
  springFestival: { en: "Spring Festival", ru: "Праздник весны", zh: "春节" },
  qingming: { en: "Qingming Festival", ru: "Цинмин", zh: "清明节" },
  cnLabourDay: { en: "Labour Day holiday", ru: "Праздник труда (Китай)", zh: "劳动节" },
  dragonBoat: { en: "Dragon Boat Festival", ru: "Праздник драконьих лодок", zh: "端午节" },
  midAutumn: { en: "Mid-Autumn Festival", ru: "Праздник середины осени", zh: "中秋节" },
  nationalDay: { en: "National Day holiday", ru: "День образования КНР", zh: "国庆节" },
  cnWorkday: { en: "Weekend working day (调休)", ru: "Рабочий выходной день (调休)", zh: "调休上班" },
} satisfies Record<string, Names>;

const by = (date: string, name: Names, sourceUrl: string, kind: CalendarDayKind = "HOLIDAY"): SeedCalendarEntry => ({
  calendar: "MINSK",
  date,
  kind,
  name,
  sourceUrl,
});
const cn = (dates: string[], name: Names, kind: CalendarDayKind = "HOLIDAY"): SeedCalendarEntry[] =>
  dates.map((date) => ({ calendar: "BEIJING", date, kind, name, sourceUrl: SOURCES.cn2026 }));
const range = (from: string, to: string) => {
  const days: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1))
    days.push(d.toISOString().slice(0, 10));
  return days;
};

export const seedCalendarEntries: SeedCalendarEntry[] = [
  // Belarus 2026: the fixed holidays, Radunitsa on 21 April, and the one transfer
  // of resolution No. 397 (Monday 20 April off, Saturday 25 April worked).
  by("2026-01-01", N.newYear, SOURCES.by2026),
  by("2026-01-02", N.newYear, SOURCES.by2026),
  by("2026-01-07", N.orthodoxChristmas, SOURCES.by2026),
  by("2026-03-08", N.womensDay, SOURCES.by2026),
  by("2026-04-20", N.movedDayOff, SOURCES.by2026),
  by("2026-04-21", N.radunitsa, SOURCES.by2026),
  by("2026-04-25", N.movedWorkday, SOURCES.by2026, "WORKDAY"),
  by("2026-05-01", N.labourDay, SOURCES.by2026),
  by("2026-05-09", N.victoryDay, SOURCES.by2026),
  by("2026-07-03", N.independenceDay, SOURCES.by2026),
  by("2026-11-07", N.octoberRevolution, SOURCES.by2026),
  by("2026-12-25", N.catholicChristmas, SOURCES.by2026),
  // Belarus 2027: the fixed holidays of Decree No. 157; Radunitsa is the Tuesday
  // nine days after Orthodox Easter (2 May 2027), so 11 May. Transfers: not yet published.
  by("2027-01-01", N.newYear, SOURCES.byFixed),
  by("2027-01-02", N.newYear, SOURCES.byFixed),
  by("2027-01-07", N.orthodoxChristmas, SOURCES.byFixed),
  by("2027-03-08", N.womensDay, SOURCES.byFixed),
  by("2027-05-01", N.labourDay, SOURCES.byFixed),
  by("2027-05-09", N.victoryDay, SOURCES.byFixed),
  by("2027-05-11", N.radunitsa, SOURCES.byFixed),
  by("2027-07-03", N.independenceDay, SOURCES.byFixed),
  by("2027-11-07", N.octoberRevolution, SOURCES.byFixed),
  by("2027-12-25", N.catholicChristmas, SOURCES.byFixed),
  // China 2026 (国办发明电〔2025〕7号).
  ...cn(range("2026-01-01", "2026-01-03"), N.cnNewYear),
  ...cn(["2026-01-04"], N.cnWorkday, "WORKDAY"),
  ...cn(range("2026-02-15", "2026-02-23"), N.springFestival),
  ...cn(["2026-02-14", "2026-02-28"], N.cnWorkday, "WORKDAY"),
  ...cn(range("2026-04-04", "2026-04-06"), N.qingming),
  ...cn(range("2026-05-01", "2026-05-05"), N.cnLabourDay),
  ...cn(["2026-05-09"], N.cnWorkday, "WORKDAY"),
  ...cn(range("2026-06-19", "2026-06-21"), N.dragonBoat),
  ...cn(range("2026-09-25", "2026-09-27"), N.midAutumn),
  ...cn(range("2026-10-01", "2026-10-07"), N.nationalDay),
  ...cn(["2026-09-20", "2026-10-10"], N.cnWorkday, "WORKDAY"),
];

export const seedCalendarYears: SeedCalendarYear[] = [
  {
    calendar: "MINSK",
    year: 2026,
    status: "CONFIRMED",
    sourceTitle: "Council of Ministers resolution No. 397 of 22 July 2025 (transfer of working days in 2026)",
    sourceUrl: SOURCES.by2026,
  },
  {
    calendar: "MINSK",
    year: 2027,
    status: "PROVISIONAL",
    sourceTitle: "Decree No. 157 of 26 March 1998 (fixed holidays); the resolution on 2027 transfers was not yet found",
    sourceUrl: SOURCES.byFixed,
  },
  {
    calendar: "BEIJING",
    year: 2026,
    status: "CONFIRMED",
    sourceTitle: "State Council General Office notice 国办发明电〔2025〕7号 of 4 November 2025",
    sourceUrl: "https://www.gov.cn/zhengce/zhengceku/202511/content_7047091.htm",
  },
];
