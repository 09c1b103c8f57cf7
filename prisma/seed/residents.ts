// Resident companies that the sources in ../shared/content/park-facts.md §1.7 confirm.
// Midea and BelGee are deliberately absent: the sources place them outside the park.
import type { ResidentStatus, Sector } from "../../lib/generated/prisma/enums.ts";

const HUAWEI_ZTE_2014 =
  "https://atom.belta.by/en/sciense_block/view/zte-huawei-to-start-implementing-projects-in-china-belarus-industrial-park-in-2015-4682/index.html";
const ECONOMY_2021 = "https://economy.gov.by/en/news-en/view/the-industrial-park-great-stone-new-residents-and-new-production-45555-2021/";

type Text = { summary: string; description: string };
export type SeedResident = {
  slug: string;
  name: string;
  country: string;
  sector: Sector;
  status: ResidentStatus;
  // Where the status comes from and as of when ([ISO date at the source's precision, URL]);
  // a null date: the source page is undated. Absent for NOT_STATED.
  statusSource?: [asOf: string | null, url: string];
  partnerCountries?: string[];
  sinceYear: number;
  investmentUsd?: number;
  // With investmentUsd, the range the source gives.
  investmentUsdMax?: number;
  jobs?: number;
  website?: string;
  featured?: boolean;
  text: { en: Text; ru: Text; zh: Text };
  // The name as written in Russian or Chinese, where it differs (searched, and
  // shown to readers of that language). Only names the companies themselves or
  // the park's and partners' sites use.
  localNames?: { ru?: string; zh?: string };
  sources: [title: string, url: string][];
};

const FIRST_SEVEN: [string, string] = [
  "Industrial Park Great Stone: the first seven residents (2015)",
  "https://en.industrialpark.by/news/2015/korporativnaya-kultura2-en/",
];

export const seedResidents: SeedResident[] = [
  {
    slug: "china-merchants-group",
    localNames: { zh: "招商局集团" },
    name: "China Merchants Group",
    country: "CN",
    sector: "LOGISTICS_ECOMMERCE",
    status: "OPERATING",
    statusSource: [null, "https://eng.yidaiyilu.gov.cn/p/287126.html"],
    sinceYear: 2015,
    investmentUsd: 550e6,
    featured: true,
    text: {
      en: {
        summary: "Runs the park's commerce and logistics zone and holds a stake in its developer.",
        description:
          "China Merchants Group became a resident in May 2015. Its China-Belarus Commerce & Logistics Park covers 96 hectares with a committed investment of USD 550 million, and was the first project in the park to start operating: an exhibition and trade centre, a business centre, warehouses and bonded warehouses.\n\nThe group is also one of the Chinese shareholders of the park's developer, the Industrial Park Development Company, and together with Duisport it stands behind the multimodal rail terminal.",
      },
      ru: {
        summary: "Управляет торгово-логистической зоной парка и входит в число акционеров его девелопера.",
        description:
          "China Merchants Group получила статус резидента в мае 2015 года. Её Китайско-белорусский торгово-логистический парк занимает 96 гектаров, объём заявленных инвестиций — 550 млн долларов США. Это первый проект парка, который начал работу: выставочно-торговый и бизнес-центр, склады, в том числе таможенные.\n\nГруппа также входит в число китайских акционеров девелопера парка — Компании по развитию индустриального парка — и вместе с Duisport стоит за мультимодальным железнодорожным терминалом.",
      },
      zh: {
        summary: "运营园区商贸物流区，并是园区开发公司的股东之一。",
        description:
          "招商局集团于2015年5月成为园区入园企业。其中白商贸物流园占地96公顷，承诺投资5.5亿美元，是园区内最早投入运营的项目，包括展览贸易中心、商务中心、仓库和保税仓库。\n\n该集团也是园区开发公司的中方股东之一，并与杜伊斯堡港共同推进多式联运铁路场站项目。",
      },
    },
    sources: [
      ["belaruschina.by (Nov 2015)", "https://belaruschina.by/en/news/2015/November/26November-1672.html"],
      ["Belt and Road Portal", "https://eng.yidaiyilu.gov.cn/p/287126.html"],
    ],
  },
  {
    slug: "huawei",
    localNames: { ru: "Хуавэй", zh: "华为" },
    name: "Huawei",
    country: "CN",
    sector: "ELECTRONICS_TELECOM",
    status: "PLANNED",
    statusSource: ["2014-12", HUAWEI_ZTE_2014],
    sinceYear: 2015,
    featured: true,
    text: {
      en: {
        summary: "Telecom company among the park's first seven residents; a research centre was planned.",
        description:
          "Huawei received its resident certificate on 12 May 2015, the day the park counts as its official start. The company announced a research and development centre in the park. The sources we hold do not confirm that the centre is operating, so the listing shows it as planned.",
      },
      ru: {
        summary: "Телекоммуникационная компания из первой семёрки резидентов; планировался исследовательский центр.",
        description:
          "Huawei получила свидетельство резидента 12 мая 2015 года — в день, который считается официальным началом работы парка. Компания объявила о создании в парке центра исследований и разработок. Имеющиеся у нас источники не подтверждают, что центр работает, поэтому в каталоге проект отмечен как запланированный.",
      },
      zh: {
        summary: "园区首批七家入园企业之一的电信企业，曾计划设立研发中心。",
        description:
          "华为于2015年5月12日获得入园企业证书，这一天被视为园区的正式启动日。公司宣布在园区设立研发中心。我们掌握的资料未能确认该中心已投入运营，因此目录中标注为“规划中”。",
      },
    },
    sources: [FIRST_SEVEN, ["BelTA: ZTE and Huawei projects (Dec 2014)", HUAWEI_ZTE_2014]],
  },
  {
    slug: "zte",
    localNames: { zh: "中兴通讯" },
    name: "ZTE",
    country: "CN",
    sector: "ELECTRONICS_TELECOM",
    status: "PLANNED",
    statusSource: ["2015-05-12", "https://www.chinadaily.com.cn/cndy/2015-05/12/content_20689190.htm"],
    sinceYear: 2015,
    featured: true,
    text: {
      en: {
        summary: "Telecom equipment maker, one of the first seven residents, with a plant planned with a German partner.",
        description:
          "ZTE was among the seven companies certified as residents on 12 May 2015. Its project is a telecom equipment plant to be built with the German partner VASL. Later progress is not confirmed by the sources we hold.",
      },
      ru: {
        summary: "Производитель телекоммуникационного оборудования из первой семёрки резидентов; завод планировался с немецким партнёром.",
        description:
          "ZTE вошла в число семи компаний, получивших статус резидента 12 мая 2015 года. Проект компании — завод телекоммуникационного оборудования, который предполагалось построить вместе с немецким партнёром VASL. Дальнейший ход проекта имеющиеся источники не подтверждают.",
      },
      zh: {
        summary: "电信设备制造商，首批七家入园企业之一，计划与德国伙伴合建工厂。",
        description:
          "中兴通讯是2015年5月12日获得入园资格的七家企业之一。其项目是与德国合作伙伴VASL共同建设的电信设备工厂。现有资料未能确认项目的后续进展。",
      },
    },
    sources: [FIRST_SEVEN, ["China Daily (12 May 2015)", "https://www.chinadaily.com.cn/cndy/2015-05/12/content_20689190.htm"]],
  },
  {
    slug: "zoomlion-maz",
    localNames: { zh: "中联重科–马兹" },
    name: "Zoomlion–MAZ",
    country: "CN",
    sector: "MECHANICAL_ENGINEERING",
    status: "UNDER_CONSTRUCTION",
    statusSource: ["2017-04-15", "http://www1.futiana.com/news/30590.html"],
    partnerCountries: ["BY"],
    sinceYear: 2015,
    investmentUsd: 45e6,
    investmentUsdMax: 50e6,
    featured: true,
    text: {
      en: {
        summary: "Joint venture of Zoomlion and MAZ for truck cranes, concrete and municipal machinery.",
        description:
          "Zoomlion entered the park with the first seven residents in 2015 and set up a joint venture with the Minsk Automobile Plant (MAZ). The project on a 13.34-hectare site is to produce truck cranes, concrete equipment and municipal sanitation machinery, with an investment of USD 45–50 million. Construction started on 15 April 2017.",
      },
      ru: {
        summary: "Совместное предприятие Zoomlion и МАЗа: автокраны, бетонная и коммунальная техника.",
        description:
          "Zoomlion вошла в парк вместе с первыми семью резидентами в 2015 году и создала совместное предприятие с Минским автомобильным заводом. На участке 13,34 га предполагается выпускать автокраны, бетонную технику и коммунальные машины; объём инвестиций — 45–50 млн долларов США. Строительство началось 15 апреля 2017 года.",
      },
      zh: {
        summary: "中联重科与马兹的合资企业，生产汽车起重机、混凝土及环卫机械。",
        description:
          "中联重科于2015年随首批七家企业入园，并与明斯克汽车厂（MAZ）成立合资企业。项目占地13.34公顷，计划生产汽车起重机、混凝土设备和环卫机械，投资额4500万至5000万美元。项目于2017年4月15日开工建设。",
      },
    },
    sources: [
      FIRST_SEVEN,
      [
        "Zoomlion: start of work in the park (2015)",
        "http://br.zoomlion.com/content/d38b20344a8f45a9a1fd96c58e740a7c.html?type=2&columnId=0a83a65a349240029393f57926e983e1&pressRellease=pressRellease",
      ],
      [
        "China Construction Machinery: Zoomlion's plant breaks ground, USD 50 million (15 Apr 2017)",
        "http://www1.futiana.com/news/30590.html",
      ],
      [
        "Russian Construction: Zoomlion to build a USD 45 million factory",
        "http://russianconstruction.com/news-1/27228-chinese-zoomlion-to-build-45m-car-factory-near-belaruss-capital.html",
      ],
    ],
  },
  {
    slug: "maz-weichai",
    localNames: { ru: "МАЗ-Вейчай", zh: "马兹潍柴" },
    name: "MAZ-Weichai",
    country: "BY",
    sector: "MECHANICAL_ENGINEERING",
    status: "OPERATING",
    statusSource: ["2019-10", "https://en.mazweichai.by/mtzx/news/201910/t20191025_54100.html"],
    partnerCountries: ["CN"],
    sinceYear: 2017,
    featured: true,
    text: {
      en: {
        summary: "Belarusian-Chinese diesel engine plant, in serial production since October 2019.",
        description:
          "MAZ-Weichai is a joint venture of the Minsk Automobile Plant and China's Weichai, founded on 13 September 2017. Its 34,000 m² plant makes diesel engines of the WP3 to WP17 families to European emission standards, with a design capacity of 20,000 engines a year. Serial production began on 14 October 2019.",
      },
      ru: {
        summary: "Белорусско-китайский завод дизельных двигателей; серийное производство с октября 2019 года.",
        description:
          "«МАЗ-Вейчай» — совместное предприятие Минского автомобильного завода и китайской Weichai, основанное 13 сентября 2017 года. На заводе площадью 34 000 м² выпускают дизельные двигатели семейств WP3–WP17 экологических классов «Евро»; проектная мощность — 20 000 двигателей в год. Серийное производство началось 14 октября 2019 года.",
      },
      zh: {
        summary: "白中合资柴油发动机工厂，2019年10月起批量生产。",
        description:
          "马兹-潍柴是明斯克汽车厂与中国潍柴于2017年9月13日成立的合资企业。工厂面积34,000平方米，生产符合欧洲排放标准的WP3至WP17系列柴油发动机，设计产能为每年20,000台。2019年10月14日开始批量生产。",
      },
    },
    sources: [
      ["MAZ-Weichai (2018)", "https://mazweichai.by/home/news/201811/t20181113_47838.html"],
      ["MAZ-Weichai: start of serial production (2019)", "https://en.mazweichai.by/mtzx/news/201910/t20191025_54100.html"],
    ],
  },
  {
    slug: "sinomachbel",
    localNames: { zh: "SINOMACHBEL（国机集团）" },
    name: "SINOMACHBEL (Sinomach)",
    country: "CN",
    sector: "MECHANICAL_ENGINEERING",
    status: "OPERATING",
    statusSource: ["2021", ECONOMY_2021],
    sinceYear: 2020,
    featured: true,
    text: {
      en: {
        summary: "Machinery group with its own sub-zone in the park; also a contractor for the park's construction.",
        description:
          "Sinomach, one of the Chinese shareholders of the park's developer, works in the park through SINOMACHBEL. In 2020 it opened its own sub-zone for machinery companies, one of the sub-parks the park offers to Chinese provinces and partner countries. The group has also built parts of the park as a contractor.",
      },
      ru: {
        summary: "Машиностроительная группа с собственной подзоной в парке; также подрядчик строительства парка.",
        description:
          "Sinomach, один из китайских акционеров девелопера парка, работает в «Великом камне» через компанию SINOMACHBEL. В 2020 году группа открыла собственную подзону для машиностроительных компаний — один из субпарков, которые парк предлагает китайским провинциям и странам-партнёрам. Группа также строила объекты парка как подрядчик.",
      },
      zh: {
        summary: "在园区拥有独立子园区的机械集团，也是园区建设承包商。",
        description:
          "国机集团是园区开发公司的中方股东之一，通过SINOMACHBEL在园区开展业务。2020年，集团为机械企业开设了自己的子园区，这是园区向中国各省和合作国家提供的子园区之一。集团还作为承包商参与了园区的建设。",
      },
    },
    sources: [
      ["China Daily (13 May 2020)", "https://www.pressreader.com/hong-kong/china-daily/20200513/281887300488865"],
      ["Ministry of Economy of Belarus (2021)", ECONOMY_2021],
    ],
  },
  {
    slug: "eurasian-railway-gateway",
    name: "Eurasian Railway Gateway",
    country: "CN",
    sector: "LOGISTICS_ECOMMERCE",
    status: "PLANNED",
    statusSource: [
      "2021-01-12",
      "https://svisgaz.by/news/regional-news/great-stone-industrial-park-expects-to-attract-about-17-residents-in-2021.html",
    ],
    partnerCountries: ["DE"],
    sinceYear: 2020,
    text: {
      en: {
        summary: "Multimodal rail terminal of China Merchants Group and Duisport at the heart of the park's second phase.",
        description:
          "The Eurasian Railway Gateway is a multimodal rail terminal developed by China Merchants Group with the German port operator Duisport. The park's second phase of 860 hectares, started in 2020, is built around it, linking rail freight between China and Europe with the park's producers.",
      },
      ru: {
        summary: "Мультимодальный железнодорожный терминал China Merchants Group и Duisport — основа второй очереди парка.",
        description:
          "Eurasian Railway Gateway — мультимодальный железнодорожный терминал, который China Merchants Group развивает вместе с немецким портовым оператором Duisport. Вокруг него строится вторая очередь парка площадью 860 гектаров, начатая в 2020 году: терминал связывает железнодорожные грузопотоки между Китаем и Европой с производствами парка.",
      },
      zh: {
        summary: "招商局集团与杜伊斯堡港共建的多式联运铁路场站，是园区二期的核心。",
        description:
          "欧亚铁路枢纽是招商局集团与德国港口运营商杜伊斯堡港共同开发的多式联运铁路场站。园区2020年启动的860公顷二期即围绕该场站建设，将中欧铁路货运与园区内的生产企业连接起来。",
      },
    },
    sources: [
      [
        "BelTA via Svisgaz (12 Jan 2021)",
        "https://svisgaz.by/news/regional-news/great-stone-industrial-park-expects-to-attract-about-17-residents-in-2021.html",
      ],
      ["Ministry of Economy of Belarus (2021)", ECONOMY_2021],
      [
        "JustArrived.by (Dec 2019)",
        "https://justarrived.by/en/news/great-stone-has-already-collected-more-than-520-million-dollars-of-investment",
      ],
    ],
  },
  {
    slug: "yto",
    localNames: { zh: "中国一拖" },
    name: "YTO Corporation",
    country: "CN",
    sector: "OTHER",
    status: "NOT_STATED",
    sinceYear: 2015,
    text: {
      en: {
        summary: "Chinese company certified among the park's first seven residents in May 2015.",
        description:
          "YTO Corporation received its resident certificate together with six other companies on 12 May 2015. The source that confirms its residency does not describe its project, so no sector or investment is shown here.",
      },
      ru: {
        summary: "Китайская компания, получившая статус резидента в числе первых семи в мае 2015 года.",
        description:
          "YTO Corporation получила свидетельство резидента вместе с шестью другими компаниями 12 мая 2015 года. Источник, подтверждающий её статус, не описывает проект, поэтому отрасль и объём инвестиций здесь не указаны.",
      },
      zh: {
        summary: "2015年5月首批七家入园企业之一的中国企业。",
        description:
          "YTO集团于2015年5月12日与另外六家企业一同获得入园企业证书。确认其入园资格的资料未介绍具体项目，因此此处不显示行业和投资信息。",
      },
    },
    sources: [FIRST_SEVEN],
  },
  {
    slug: "xinzhu",
    name: "XINZHU Corporation",
    country: "CN",
    sector: "OTHER",
    status: "NOT_STATED",
    sinceYear: 2015,
    text: {
      en: {
        summary: "Chinese company certified among the park's first seven residents in May 2015.",
        description:
          "XINZHU Corporation was one of the seven companies that became residents on the park's opening day, 12 May 2015. The confirming source names the company without describing its project.",
      },
      ru: {
        summary: "Китайская компания из первой семёрки резидентов парка (май 2015 года).",
        description:
          "XINZHU Corporation стала одной из семи компаний, получивших статус резидента в день открытия парка, 12 мая 2015 года. Подтверждающий источник называет компанию, но не описывает её проект.",
      },
      zh: {
        summary: "2015年5月首批七家入园企业之一的中国企业。",
        description: "XINZHU公司是2015年5月12日园区启动当天获得入园资格的七家企业之一。确认资料列出了企业名称，但未介绍其项目内容。",
      },
    },
    sources: [FIRST_SEVEN],
  },
  {
    slug: "nanopektin",
    localNames: { ru: "ООО «Нанопектин»" },
    name: "Nanopektin LLC",
    country: "BY",
    sector: "OTHER",
    status: "NOT_STATED",
    sinceYear: 2015,
    text: {
      en: {
        summary: "Belarusian company among the first seven residents certified in May 2015.",
        description:
          "Nanopektin, a Belarusian limited liability company, was among the first seven residents certified on 12 May 2015, which shows that the park was open to Belarusian capital from its first day. The confirming source does not describe the project.",
      },
      ru: {
        summary: "Белорусская компания из первой семёрки резидентов (май 2015 года).",
        description:
          "ООО «Нанопектин» вошло в первую семёрку резидентов, получивших свидетельства 12 мая 2015 года: парк с первого дня был открыт и для белорусского капитала. Подтверждающий источник не описывает проект компании.",
      },
      zh: {
        summary: "2015年5月首批七家入园企业之一的白俄罗斯企业。",
        description:
          "白俄罗斯有限责任公司Nanopektin是2015年5月12日获得证书的首批七家入园企业之一，说明园区从第一天起就向白俄罗斯资本开放。确认资料未介绍该项目。",
      },
    },
    sources: [FIRST_SEVEN],
  },
];
