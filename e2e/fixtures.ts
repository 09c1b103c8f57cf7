// Shared test data: the three interface locales with a few words each expects to see.
export const LOCALES = [
  {
    locale: "en",
    // The resident's name as its readers see it (ResidentTranslation.name).
    mazWeichai: "MAZ-Weichai",
    figures: "Key figures",
    residents: "Resident companies",
    sector: "Mechanical engineering",
    country: "Belarus",
    notFound: "Page not found",
    source: "Read the original",
  },
  {
    locale: "ru",
    mazWeichai: "МАЗ-Вейчай",
    figures: "Ключевые цифры",
    residents: "Компании-резиденты",
    sector: "Машиностроение",
    country: "Беларусь",
    notFound: "Страница не найдена",
    source: "Читать первоисточник",
  },
  {
    locale: "zh",
    mazWeichai: "马兹潍柴",
    figures: "关键数据",
    residents: "入园企业",
    sector: "机械制造",
    country: "白俄罗斯",
    notFound: "页面未找到",
    source: "阅读原文",
  },
] as const;

export const PUBLIC_PATHS = [
  "",
  "/park",
  "/residents",
  "/residents/maz-weichai",
  "/news",
  "/news/2015-park-opens-first-seven-residents",
  "/contacts",
  "/incentives/calculator",
  // With a result: the table, the chart and the rates with their sources.
  `/incentives/calculator?calculate=1&totalInvestmentUsd=6000000&firstProfitYear=${new Date().getFullYear() + 1}&annualProfitUsd=1000000&realEstateUsd=2000000&landAreaHa=10&landTaxPerHaUsd=250&equipmentUsd=1000000&customsDutyPct=5&discountPct=8`,
];
