// Cooperation news, written in the project's own words from the seed documents in
// ../shared/seeds/ and the dated facts in ../shared/content/park-facts.md.
// Each item links the source it is based on. Paragraphs are separated by blank lines.
import type { ContentLocale, DatePrecision } from "../../lib/generated/prisma/enums.ts";
import type { NewsTag } from "../../lib/domain.ts";

type Text = { title: string; summary: string; body: string };
export type SeedNews = {
  slug: string;
  publishedAt: string;
  // As precise as the source: only a month or a year when that is all it gives.
  publishedPrecision?: DatePrecision;
  originalLocale: ContentLocale;
  tags: NewsTag[];
  sourceName: string;
  sourceUrl: string;
  text: Partial<Record<ContentLocale, Text>> & { en: Text; ru: Text; zh: Text };
};

export const seedNews: SeedNews[] = [
  {
    slug: "2015-park-opens-first-seven-residents",
    publishedAt: "2015-05-12T12:00:00+03:00",
    originalLocale: "en",
    tags: ["park", "residents"],
    sourceName: "Industrial Park Great Stone",
    sourceUrl: "https://en.industrialpark.by/news/2015/korporativnaya-kultura2-en/",
    text: {
      en: {
        title: "Great Stone opens with its first seven residents",
        summary: "During the visit of Xi Jinping and Alexander Lukashenko the park handed out its first resident certificates.",
        body: "The park counts 12 May 2015 as its birthday. On that day the leaders of China and Belarus visited the site, and the first seven companies received their resident certificates: China Merchants Group, Huawei, ZTE, Zoomlion, YTO, XINZHU and the Belarusian company Nanopektin.\n\nSeveral other companies, among them TBEA, BAIC, FiberHome and CITIC Construction, signed letters of intent the same year.",
      },
      ru: {
        title: "«Великий камень» открылся с первыми семью резидентами",
        summary: "Во время визита Си Цзиньпина и Александра Лукашенко парк выдал первые свидетельства резидентов.",
        body: "Днём рождения парка считается 12 мая 2015 года. В этот день площадку посетили лидеры Китая и Беларуси, а первые семь компаний получили свидетельства резидентов: China Merchants Group, Huawei, ZTE, Zoomlion, YTO, XINZHU и белорусское ООО «Нанопектин».\n\nВ том же году протоколы о намерениях подписали ещё несколько компаний, в том числе TBEA, BAIC, FiberHome и CITIC Construction.",
      },
      zh: {
        title: "中白工业园迎来首批七家入园企业",
        summary: "习近平与卢卡申科视察期间，园区颁发了首批入园企业证书。",
        body: "2015年5月12日被视为园区的生日。当天，中白两国元首视察园区，首批七家企业获得入园证书：招商局集团、华为、中兴通讯、中联重科、中国一拖、XINZHU以及白俄罗斯企业Nanopektin。\n\n同年，特变电工、北汽、烽火通信和中信建设等多家企业签署了入园意向书。",
      },
    },
  },
  {
    slug: "2017-decree-166-improves-legal-regime",
    publishedAt: "2017-05-12T12:00:00+03:00",
    originalLocale: "en",
    tags: ["park", "investment"],
    sourceName: "Brest Chamber of Commerce and Industry",
    sourceUrl:
      "https://brest.cci.by/en/byulleten-merkuryy/publikatsii/zakonodatelstvo/industrialnyy-park-velikiy-kamen-novye-vozmozhnosti/",
    text: {
      en: {
        title: "Decree No. 166 sharpens the park's special legal regime",
        summary: "The 2017 decree resets the tax holiday clock, sets investment thresholds and adds a free customs zone.",
        body: "Presidential Decree No. 166 of 12 May 2017 reworked the rules for residents. The zero rate of profit tax now runs for ten years from the first period in which a resident makes a gross profit, not from its registration, and a halved rate applies after that.\n\nThe decree also set the minimum investment for residents at USD 500,000 for research projects and for projects that invest within three years, and USD 5 million otherwise, and created a free customs zone inside the park.",
      },
      ru: {
        title: "Указ № 166 усилил особый правовой режим парка",
        summary: "Указ 2017 года изменил отсчёт налоговых каникул, ввёл пороги инвестиций и свободную таможенную зону.",
        body: "Указ Президента № 166 от 12 мая 2017 года обновил правила для резидентов. Нулевая ставка налога на прибыль теперь действует десять лет с первого периода, в котором резидент получил валовую прибыль, а не с даты регистрации; после этого применяется ставка, уменьшенная вдвое.\n\nУказ также установил минимальный объём инвестиций: 500 тысяч долларов США для проектов НИОКР и проектов, инвестирующих в течение трёх лет, и 5 млн долларов в остальных случаях, — и создал в парке свободную таможенную зону.",
      },
      zh: {
        title: "第166号总统令完善园区特殊法律制度",
        summary: "2017年总统令调整了免税期起算方式，设定投资门槛并设立自由关税区。",
        body: "2017年5月12日第166号总统令修订了入园企业规则。利润税零税率改为自企业首次取得总利润的纳税期起计算十年，而不再从注册之日起算，此后适用减半税率。\n\n该令还规定了最低投资额：研发项目以及三年内完成投资的项目为50万美元，其他项目为500万美元，并在园区内设立了自由关税区。",
      },
    },
  },
  {
    slug: "2018-park-reaches-35-residents",
    publishedAt: "2018-05-26T12:00:00+03:00",
    originalLocale: "en",
    tags: ["residents"],
    sourceName: "Euroradio",
    sourceUrl: "https://euroradio.fm/en/belarus-chinese-industrial-park-great-stone-has-35-residents",
    text: {
      en: {
        title: "Park reaches 35 residents three years after opening",
        summary: "Chinese and Belarusian companies make up most of the 35 residents registered by late May 2018.",
        body: "By 26 May 2018 the park had 35 resident companies. Nineteen of them came from China and nine from Belarus, with the rest from other countries.\n\nThe park lies 25 km from Minsk, next to the national airport and the Berlin–Moscow highway, a location the administration presents as a gateway to the Eurasian Economic Union and the European Union.",
      },
      ru: {
        title: "Через три года после открытия в парке 35 резидентов",
        summary: "Большинство из 35 резидентов, зарегистрированных к концу мая 2018 года, — китайские и белорусские компании.",
        body: "К 26 мая 2018 года в парке было 35 компаний-резидентов: 19 из Китая, 9 из Беларуси, остальные — из других стран.\n\nПарк расположен в 25 км от Минска, рядом с Национальным аэропортом и трассой Берлин — Москва; администрация представляет это расположение как ворота в Евразийский экономический союз и Европейский союз.",
      },
      zh: {
        title: "开园三年，入园企业达到35家",
        summary: "截至2018年5月底登记的35家入园企业中，大部分来自中国和白俄罗斯。",
        body: "截至2018年5月26日，园区共有35家入园企业，其中19家来自中国，9家来自白俄罗斯，其余来自其他国家。\n\n园区距明斯克25公里，毗邻明斯克国家机场和柏林—莫斯科公路，园区管委会将其定位为通往欧亚经济联盟和欧盟的门户。",
      },
    },
  },
  {
    slug: "2019-maz-weichai-serial-production",
    publishedAt: "2019-10-14T12:00:00+03:00",
    originalLocale: "en",
    tags: ["industry", "residents"],
    sourceName: "MAZ-Weichai",
    sourceUrl: "https://en.mazweichai.by/mtzx/news/201910/t20191025_54100.html",
    text: {
      en: {
        title: "MAZ-Weichai starts serial production of diesel engines",
        summary: "The Belarusian-Chinese joint venture begins series output at its 34,000 m² plant.",
        body: "On 14 October 2019 MAZ-Weichai began serial production in the park. The joint venture of the Minsk Automobile Plant and Weichai makes engines of the WP3 to WP17 families to European emission standards.\n\nThe plant covers 34,000 m² and is designed for 20,000 engines a year.",
      },
      ru: {
        title: "«МАЗ-Вейчай» начал серийный выпуск дизельных двигателей",
        summary: "Белорусско-китайское СП запустило серийное производство на заводе площадью 34 000 м².",
        body: "14 октября 2019 года «МАЗ-Вейчай» начал серийное производство в парке. Совместное предприятие МАЗа и Weichai выпускает двигатели семейств WP3–WP17 экологических классов «Евро».\n\nПлощадь завода — 34 000 м², проектная мощность — 20 000 двигателей в год.",
      },
      zh: {
        title: "马兹-潍柴柴油发动机开始批量生产",
        summary: "白中合资企业在34,000平方米的工厂开始批量生产。",
        body: "2019年10月14日，马兹-潍柴在园区开始批量生产。这家由明斯克汽车厂与潍柴组建的合资企业生产符合欧洲排放标准的WP3至WP17系列发动机。\n\n工厂面积34,000平方米，设计年产能20,000台。",
      },
    },
  },
  {
    slug: "2019-femoza-fastest-growing-park",
    publishedAt: "2019-11-14T12:00:00+03:00",
    originalLocale: "en",
    tags: ["park"],
    sourceName: "Industrial Park Great Stone",
    sourceUrl: "https://industrialpark.by/en/news/20191/great-stone-was-recognized-as-the-fastest-growing-industrial-park.html",
    text: {
      en: {
        title: "FEMOZA names Great Stone the fastest-growing industrial park",
        summary: "The world federation of free zones gives the park its award in November 2019.",
        body: "On 14 November 2019 the World Free & Special Economic Zones Federation (FEMOZA) recognised Great Stone as the fastest-growing industrial park.\n\nThe award came as the first phase of 850 hectares was finished with roads, power, water, gas, sewage and telecom lines, leaving room for more than a hundred companies.",
      },
      ru: {
        title: "FEMOZA признала «Великий камень» самым быстрорастущим индустриальным парком",
        summary: "Всемирная федерация свободных зон вручила парку награду в ноябре 2019 года.",
        body: "14 ноября 2019 года Всемирная федерация свободных и специальных экономических зон (FEMOZA) признала «Великий камень» самым быстрорастущим индустриальным парком.\n\nК этому времени была завершена первая очередь площадью 850 гектаров с дорогами, электро-, водо- и газоснабжением, канализацией и связью — места хватает более чем для ста компаний.",
      },
      zh: {
        title: "世界自由区组织评选巨石为发展最快的工业园区",
        summary: "2019年11月，世界自由区和经济特区联合会向园区颁奖。",
        body: "2019年11月14日，世界自由区和经济特区联合会（FEMOZA）将中白工业园评为发展最快的工业园区。\n\n此时，园区850公顷的一期已建成道路、电力、供水、燃气、排水和通信设施，可容纳一百多家企业。",
      },
    },
  },
  {
    slug: "2021-results-of-2020-output-up-fourfold",
    publishedAt: "2021-02-18T12:00:00+03:00",
    originalLocale: "en",
    tags: ["investment", "residents", "industry"],
    sourceName: "Ministry of Economy of Belarus",
    sourceUrl: "https://economy.gov.by/en/news-en/view/the-industrial-park-great-stone-new-residents-and-new-production-45555-2021/",
    text: {
      en: {
        title: "Residents' output grew 4.4-fold in 2020",
        summary:
          "Production, sales and exports of the park's residents rose sharply in 2020 despite the pandemic; the park began 2021 with 68 residents.",
        body: "The park began 2021 with 68 resident companies whose projects add up to USD 1.2 billion of planned investment.\n\nResidents produced goods worth Br138.8 million in 2020, 4.4 times more than a year before. Their sales rose 3.2-fold to Br188.9 million and their merchandise exports 2.3-fold to USD 75.8 million. The ministry groups the new production into four clusters: automotive components, electric transport and electrical equipment, medical products, and integrated logistics.",
      },
      ru: {
        title: "Выпуск продукции резидентами вырос в 4,4 раза в 2020 году",
        summary:
          "Производство, выручка и экспорт резидентов парка в 2020 году резко выросли, несмотря на пандемию; 2021 год парк начал с 68 резидентами.",
        body: "2021 год парк начал с 68 компаниями-резидентами, проекты которых предусматривают 1,2 млрд долларов США инвестиций.\n\nРезиденты произвели продукции на 138,8 млн рублей — в 4,4 раза больше, чем годом ранее. Выручка выросла в 3,2 раза, до 188,9 млн рублей, экспорт товаров — в 2,3 раза, до 75,8 млн долларов. Министерство выделяет четыре кластера новых производств: автокомпоненты, электротранспорт и электротехника, медицинская продукция и комплексная логистика.",
      },
      zh: {
        title: "2020年入园企业产值增至上年的4.4倍",
        summary: "尽管受到疫情影响，2020年入园企业的生产、销售和出口仍大幅增长；2021年初园区共有68家入园企业。",
        body: "2021年初，园区共有68家入园企业，项目计划投资总额12亿美元。\n\n2020年入园企业工业产值达1.388亿白俄卢布，是上年的4.4倍；销售收入增至上年的3.2倍，达1.889亿卢布；商品出口增至上年的2.3倍，达7580万美元。经济部将新产能归为四大产业集群：汽车零部件、电动交通与电气设备、医疗产品以及综合物流。",
      },
    },
  },
  {
    slug: "2021-decree-215-new-sectors",
    publishedAt: "2021-06-11T12:00:00+03:00",
    originalLocale: "en",
    tags: ["park", "investment", "health", "innovation"],
    sourceName: "Arzinger Belarus",
    sourceUrl: "https://arzinger.by/legislative-news-en/changes-to-the-preferential-regime-of-the-industrial-park-great-stone",
    text: {
      en: {
        title: "Decree No. 215 opens the park to medicine, 5G and AI projects",
        summary: "The 2021 amendment widens the priority sectors and shortens construction approvals.",
        body: "Decree No. 215 of 11 June 2021 added medical devices, medical care and laboratory diagnostics to the park's priority sectors, together with 5G and artificial intelligence in every field and infrastructure for start-up sub-parks.\n\nConstruction documents are now reviewed within 15 working days at most, cost estimates are no longer required, and innovative companies receive the main resident benefits during their first two years.",
      },
      ru: {
        title: "Указ № 215 открыл парк для медицины, 5G и ИИ",
        summary: "Изменения 2021 года расширили приоритетные направления и сократили сроки согласования строительства.",
        body: "Указ № 215 от 11 июня 2021 года добавил к приоритетным направлениям парка медицинскую технику, медицинские услуги и лабораторную диагностику, а также 5G и искусственный интеллект во всех сферах и инфраструктуру субпарков для стартапов.\n\nСтроительная документация теперь рассматривается не более 15 рабочих дней, сметы больше не требуются, а инновационные компании получают основные льготы резидентов в первые два года.",
      },
      zh: {
        title: "第215号总统令向医疗、5G和人工智能项目开放园区",
        summary: "2021年修订扩大了优先发展领域，并缩短了建设审批时间。",
        body: "2021年6月11日第215号总统令将医疗器械、医疗服务和实验室诊断列入园区优先领域，并增加了各领域的5G和人工智能以及初创企业子园区基础设施。\n\n建设文件审查期限缩短至最多15个工作日，不再要求提交工程概算；创新型企业在最初两年可享受入园企业的主要优惠。",
      },
    },
  },
  {
    slug: "2022-belarus-china-three-decades",
    // The overview is undated; it reports the 2021 results, so it is dated to 2022 only.
    publishedAt: "2022-01-01T12:00:00+03:00",
    publishedPrecision: "YEAR",
    originalLocale: "en",
    tags: ["diplomacy", "trade", "park"],
    sourceName: "News.by",
    sourceUrl: "https://news.by/eng/news/politika/belarus_i_kitay_perspektivy_razvitiya_sotrudnichestva",
    text: {
      en: {
        title: "Three decades of Belarus–China ties, with Great Stone as the flagship",
        summary: "An overview of the partnership since 1992 puts trade at USD 5.9 billion in 2021.",
        body: "Diplomatic ties between Belarus and China date from 1992 and were raised to a new level in 2014; a treaty of friendship and cooperation followed in 2016. Trade between the two countries reached USD 5.9 billion at the end of 2021, 8% more than a year before, with potash, meat and dairy products and wood pulp leading Belarusian exports.\n\nThe overview calls Great Stone one of the most ambitious joint projects: a high-tech business site 25 km from Minsk with residents registered from Singapore, the USA, Russia, Canada, EU countries and elsewhere.",
      },
      ru: {
        title: "Три десятилетия отношений Беларуси и Китая: «Великий камень» — флагман",
        summary: "Обзор партнёрства с 1992 года: товарооборот в 2021 году достиг 5,9 млрд долларов США.",
        body: "Дипломатические отношения Беларуси и Китая установлены в 1992 году и вышли на новый уровень в 2014-м; в 2016 году подписан договор о дружбе и сотрудничестве. Товарооборот по итогам 2021 года достиг 5,9 млрд долларов США, на 8 % больше, чем годом ранее; основу белорусского экспорта составляют калийные удобрения, мясная и молочная продукция, целлюлоза.\n\nВ обзоре «Великий камень» назван одним из самых амбициозных совместных проектов: это высокотехнологичная деловая площадка в 25 км от Минска, где зарегистрированы резиденты из Сингапура, США, России, Канады, стран ЕС и других государств.",
      },
      zh: {
        title: "白中关系三十年：中白工业园是旗舰项目",
        summary: "回顾1992年以来的伙伴关系：2021年双边贸易额达59亿美元。",
        body: "白俄罗斯与中国于1992年建交，2014年双边关系提升到新水平，2016年签署友好合作条约。2021年底双边贸易额达59亿美元，同比增长8%，白方主要出口钾肥、肉类和乳制品以及木浆。\n\n综述称中白工业园是最具雄心的合作项目之一：这是距明斯克25公里的高科技商务园区，已有来自新加坡、美国、俄罗斯、加拿大、欧盟国家等地的企业入驻。",
      },
    },
  },
  {
    slug: "2023-genertec-cluster-talks",
    publishedAt: "2023-07-15T12:00:00+03:00",
    originalLocale: "en",
    tags: ["investment", "industry", "health"],
    sourceName: "belarus.by (BelTA)",
    sourceUrl:
      "http://belarus.by/en/business/business-news/snopkov-outlines-key-areas-of-investment-cooperation-with-china_i_0000158529.html",
    text: {
      en: {
        title: "Genertec and Belarus discuss a machine-tool cluster at Great Stone",
        summary:
          "First Deputy Prime Minister Nikolai Snopkov names machine tools, medical equipment and pharmaceuticals as strategic areas.",
        body: "Meeting Genertec president Lu Yiming on 15 July 2023, First Deputy Prime Minister Nikolai Snopkov named machine tools, high-tech medical equipment and pharmaceuticals as strategic areas of investment cooperation with China. Genertec, a state-owned group, runs a machine-tool research institute and seven machine-tool factories.\n\nThe two sides agreed to study a cluster of processing-equipment producers at Great Stone, as well as joint production of textile chemical fibres, medicines and medical equipment there. A Chinese team was to come to Belarus to work out how the projects would be carried out.",
      },
      ru: {
        title: "Genertec и Беларусь обсуждают станкостроительный кластер в «Великом камне»",
        summary: "Первый вице-премьер Николай Снопков назвал станкостроение, медтехнику и фармацевтику стратегическими направлениями.",
        body: "На встрече с президентом Genertec Лу Имином 15 июля 2023 года первый вице-премьер Николай Снопков назвал станкостроение, высокотехнологичную медицинскую технику и фармацевтику стратегическими направлениями инвестиционного сотрудничества с Китаем. Государственной группе Genertec принадлежат научно-исследовательский институт станкостроения и семь станкостроительных заводов.\n\nСтороны договорились проработать создание в «Великом камне» кластера производителей обрабатывающего оборудования, а также совместный выпуск химических волокон для текстиля, лекарств и медицинской техники. Китайская команда должна была приехать в Беларусь, чтобы определить механизмы реализации проектов.",
      },
      zh: {
        title: "通用技术集团与白方探讨在中白工业园建设机床产业集群",
        summary: "第一副总理斯诺普科夫将机床、医疗设备和制药列为战略合作方向。",
        body: "2023年7月15日，白俄罗斯第一副总理斯诺普科夫会见中国通用技术集团总裁（英文报道拼作Lu Yiming）时表示，机床、高科技医疗设备和制药是对华投资合作的战略方向。通用技术集团是中央企业，拥有一家机床研究院和七家机床制造企业。\n\n双方同意研究在中白工业园建立加工设备制造企业集群，并在园区合作生产纺织化学纤维、药品和医疗设备。中方将派团队赴白俄罗斯研究项目实施机制。",
      },
    },
  },
  {
    slug: "2024-cpc-delegation-132-residents",
    // BelTA and SB report the visit in April 2024, with no day.
    publishedAt: "2024-04-01T12:00:00+03:00",
    publishedPrecision: "MONTH",
    originalLocale: "en",
    tags: ["diplomacy", "residents"],
    sourceName: "BelTA",
    sourceUrl: "https://eng.belta.by/economics/view/cpc-central-committee-representative-visits-great-stone-park-157693-2024/",
    text: {
      en: {
        title: "CPC delegation visits a park of 132 residents",
        summary: "In April 2024 the park counted 132 residents from 14 countries and 75 finished buildings.",
        body: "A delegation of the Central Committee of the Communist Party of China visited Great Stone in April 2024. The park then had 132 residents from 14 countries, 59 of them Chinese and 49 Belarusian.\n\nSeventy-five buildings had been completed, with several dozen more in design or under construction.",
      },
      ru: {
        title: "Делегация ЦК КПК посетила парк со 132 резидентами",
        summary: "В апреле 2024 года в парке было 132 резидента из 14 стран и 75 построенных зданий.",
        body: "В апреле 2024 года «Великий камень» посетила делегация Центрального комитета Коммунистической партии Китая. На тот момент в парке было 132 резидента из 14 стран, из них 59 китайских и 49 белорусских.\n\nПостроено 75 зданий, ещё несколько десятков проектируются или строятся.",
      },
      zh: {
        title: "中共中央代表团访问拥有132家入园企业的园区",
        summary: "2024年4月，园区有来自14个国家的132家入园企业，已建成75栋建筑。",
        body: "2024年4月，中共中央代表团访问中白工业园。当时园区共有来自14个国家的132家入园企业，其中中国企业59家、白俄罗斯企业49家。\n\n园区已建成75栋建筑，另有数十栋处于设计或施工阶段。",
      },
    },
  },
  {
    slug: "2025-eleven-new-residents-target-270",
    // News.by says "since the beginning of 2025": a year, no month.
    publishedAt: "2025-01-01T12:00:00+03:00",
    publishedPrecision: "YEAR",
    originalLocale: "en",
    tags: ["residents", "investment"],
    sourceName: "News.by",
    sourceUrl: "https://news.by/eng/news/ekonomika/great-stone-has-added-11-residents-since-beginning-of-2025",
    text: {
      en: {
        title: "Eleven new residents in early 2025; 270 targeted by 2030",
        summary: "After 30 newcomers in 2024, the park aims for 170 residents by the end of 2025.",
        body: "Great Stone added 30 residents in 2024 and another 11 in the first months of 2025, among them a Turkish maker of medical devices. Head of the Administration Aleksandr Yaroshenko set a target of 170 residents by the end of 2025 and 270 by 2030.\n\nResearch and development is now the largest cluster, followed by mechanical engineering, from engines and gearboxes to construction machinery, while medicine is growing.",
      },
      ru: {
        title: "Одиннадцать новых резидентов в начале 2025 года; к 2030-му — 270",
        summary: "После 30 новичков в 2024 году парк рассчитывает на 170 резидентов к концу 2025 года.",
        body: "В 2024 году в «Великом камне» появилось 30 резидентов, а в первые месяцы 2025-го — ещё 11, среди них турецкий производитель медицинских изделий. Глава администрации Александр Ярошенко назвал цели: 170 резидентов к концу 2025 года и 270 к 2030 году.\n\nКрупнейшим кластером стали НИОКР, за ними следует машиностроение — от двигателей и коробок передач до строительной техники; растёт и медицинское направление.",
      },
      zh: {
        title: "2025年初新增11家入园企业，2030年目标270家",
        summary: "继2024年新增30家之后，园区目标是2025年底达到170家入园企业。",
        body: "2024年中白工业园新增30家入园企业，2025年头几个月又新增11家，其中包括一家土耳其医疗器械制造商。园区管委会主任亚罗申科提出目标：2025年底达到170家，2030年达到270家。\n\n研发已成为最大的产业集群，其次是机械制造，涵盖发动机、变速箱和工程机械，医疗领域也在增长。",
      },
    },
  },
  {
    slug: "2025-belcci-dezhou-delegation",
    publishedAt: "2025-05-08T10:06:00+03:00",
    originalLocale: "en",
    tags: ["trade", "diplomacy"],
    sourceName: "BelTA",
    sourceUrl: "https://eng.belta.by/economics/view/belarus-china-discuss-business-prospects-167771-2025",
    text: {
      en: {
        title: "Minsk business meets a delegation from Dezhou",
        summary: "The BelCCI Minsk office and the mayor of Dezhou plan business missions and pilot projects.",
        body: "The Minsk office of the Belarusian Chamber of Commerce and Industry hosted the mayor of Dezhou in Shandong province and a group of Chinese business leaders on 8 May 2025. The leading companies of the region in the delegation have an aggregate trade of more than USD 2 billion.\n\nThe two sides agreed on mutual business missions, participation in specialised exhibitions in Minsk and Shandong, presentations of both countries' investment and cultural potential, and on preparing pilot projects in green energy, mechanical engineering and composite materials. Projects that bring jobs and investment to the Belarusian regions were singled out.",
      },
      ru: {
        title: "Минский бизнес встретился с делегацией Дэчжоу",
        summary: "Минское отделение БелТПП и мэр Дэчжоу планируют бизнес-миссии и пилотные проекты.",
        body: "8 мая 2025 года Минское отделение Белорусской торгово-промышленной палаты приняло мэра города Дэчжоу провинции Шаньдун и группу китайских предпринимателей. Совокупный товарооборот ведущих компаний региона, вошедших в делегацию, превышает 2 млрд долларов США.\n\nСтороны договорились о взаимных бизнес-миссиях, участии в специализированных выставках в Минске и Шаньдуне, презентациях инвестиционного и культурного потенциала двух стран, а также о подготовке пилотных проектов в зелёной энергетике, машиностроении и композитных материалах. Особо выделены проекты, создающие рабочие места и привлекающие инвестиции в регионы Беларуси.",
      },
      zh: {
        title: "明斯克企业界会见德州代表团",
        summary: "白俄罗斯工商会明斯克分会与德州市长商定互派商务团并开展试点项目。",
        body: "2025年5月8日，白俄罗斯工商会明斯克分会接待了山东省德州市市长及中国企业家代表团。代表团中当地龙头企业的贸易总额超过20亿美元。\n\n双方商定互派商务代表团，参加明斯克和山东的专业展会，举办两国投资和人文潜力推介活动，并在绿色能源、机械制造和复合材料领域筹备试点项目。能够为白俄罗斯各地区创造就业和吸引投资的项目受到特别关注。",
      },
    },
  },
  {
    slug: "2025-industry-commission-kuznetsov-chervyakov",
    publishedAt: "2025-08-06T12:00:00+03:00",
    originalLocale: "de",
    tags: ["industry", "diplomacy"],
    sourceName: "BelTA (Deutsch)",
    sourceUrl:
      "https://deu.belta.by/economics/view/belarus-und-china-entwickeln-ansatze-zur-verbesserung-der-zusammenarbeit-in-der-industrie-75442-2025",
    text: {
      de: {
        title: "Industrieminister und Botschafter bereiten neue Industriekommission vor",
        summary:
          "Andrej Kusnezow und Alexander Tscherwjakow planen die erste Sitzung der belarussisch-chinesischen Kommission für industrielle Zusammenarbeit.",
        body: "Am 6. August 2025 trafen sich Industrieminister Andrej Kusnezow und der belarussische Botschafter in China, Alexander Tscherwjakow, mit Leitern von Unternehmen des Ministeriums. Im Mittelpunkt standen chinesische Investitionen in die Industrie, gemeinsame Projekte, die Modernisierung von Werken und neue Technologien.\n\nBeide bereiteten die erste Sitzung der Kommission für industrielle Zusammenarbeit vor, die am 21. Mai 2025 auf der sechsten Sitzung des zwischenstaatlichen Kooperationsausschusses gegründet worden war. Die Botschaft sagte Unterstützung für Kontakte belarussischer Industriebetriebe zu chinesischen Partnern zu.",
      },
      en: {
        title: "Industry minister and ambassador prepare a new industrial commission",
        summary: "Andrei Kuznetsov and Alexander Chervyakov plan the first meeting of the Belarus–China industrial cooperation commission.",
        body: "On 6 August 2025 Industry Minister Andrei Kuznetsov met Belarus's ambassador to China, Alexander Chervyakov, together with heads of the ministry's companies. They discussed attracting Chinese investment into industry, joint projects, modernising plants and bringing in new technologies.\n\nThey also prepared the first meeting of the industrial cooperation commission, set up on 21 May 2025 at the sixth meeting of the intergovernmental cooperation committee. The embassy offered to help Belarusian manufacturers build contacts with Chinese partners.",
      },
      ru: {
        title: "Министр промышленности и посол готовят новую комиссию по промышленному сотрудничеству",
        summary:
          "Андрей Кузнецов и Александр Червяков планируют первое заседание белорусско-китайской комиссии по промышленному сотрудничеству.",
        body: "6 августа 2025 года министр промышленности Андрей Кузнецов встретился с послом Беларуси в Китае Александром Червяковым и руководителями предприятий министерства. Обсуждались привлечение китайских инвестиций в промышленность, совместные проекты, модернизация производств и внедрение новых технологий.\n\nСтороны готовили первое заседание комиссии по промышленному сотрудничеству, созданной 21 мая 2025 года на шестом заседании межправительственного комитета по сотрудничеству. Посольство пообещало помогать белорусским предприятиям налаживать контакты с китайскими партнёрами.",
      },
      zh: {
        title: "白俄罗斯工业部长与驻华大使筹备新的工业合作委员会",
        summary: "库兹涅佐夫与切尔维亚科夫筹划白中工业合作委员会首次会议。",
        body: "2025年8月6日，白俄罗斯工业部长库兹涅佐夫与白俄罗斯驻华大使切尔维亚科夫及工业部所属企业负责人会面，讨论吸引中国对工业投资、合作项目、工厂现代化改造和引进新技术等问题。\n\n双方还筹备了工业合作委员会首次会议。该委员会于2025年5月21日在政府间合作委员会第六次会议上成立。使馆表示将帮助白俄罗斯工业企业与中方伙伴建立联系。",
      },
    },
  },
  {
    slug: "2026-171-residents-1-7-billion",
    publishedAt: "2026-01-29T12:00:00+03:00",
    originalLocale: "ru",
    tags: ["park", "investment", "residents"],
    sourceName: "News.by",
    sourceUrl:
      "https://news.by/news/ekonomika/1-7-mlrd-investitsiy-i-udvoenie-pribyli-2025-god-podtverdil-effektivnost-proekta-velikiy-kamen",
    text: {
      ru: {
        title: "171 резидент и 1,7 млрд долларов: итоги 2025 года",
        summary: "К концу января 2026 года в парке 171 резидент из 16 стран с портфелем инвестиций 1,7 млрд долларов США.",
        body: "По итогам 2025 года в «Великом камне» работает 171 резидент из 16 стран, а их инвестиционный портфель достиг 1,7 млрд долларов США, сообщил первый заместитель генерального директора девелопера Кирилл Коротеев. Тем самым парк выполнил цель, поставленную на 2025 год.\n\nПолная застройка парка запланирована к 2030 году.",
      },
      en: {
        title: "171 residents and USD 1.7 billion: the park's 2025 results",
        summary: "By late January 2026 the park had 171 residents from 16 countries with a USD 1.7 billion investment portfolio.",
        body: "At the end of 2025 Great Stone had 171 residents from 16 countries, and their investment portfolio had reached USD 1.7 billion, according to Kirill Koroteev, first deputy director general of the developer. The park thus met the target it had set for 2025.\n\nThe full build-out of the park is planned for 2030.",
      },
      zh: {
        title: "171家入园企业、17亿美元：园区2025年成绩单",
        summary: "截至2026年1月底，园区有来自16个国家的171家入园企业，投资组合达17亿美元。",
        body: "据园区开发公司第一副总经理科罗捷耶夫介绍，截至2025年底，中白工业园共有来自16个国家的171家入园企业，投资组合达到17亿美元，实现了2025年的既定目标。\n\n园区计划于2030年全面建成。",
      },
    },
  },
];
