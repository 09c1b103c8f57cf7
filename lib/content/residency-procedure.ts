// What public sources say about becoming a resident, statement by statement,
// each with its source (shared/content/park-facts.md §1.6). The words are in the
// catalogs under park.procedure.<key>; the sources live here, as data. No
// Great Stone-specific step list or document list was found, so none is shown:
// park.askItems lists what to ask the Administration instead.
export type Source = { title: string; url: string };

export const PROCEDURE_FACTS = [
  {
    key: "registration",
    sources: [{ title: "DBWC: Great Stone", url: "https://dbwc.eu/en/great-stone" }],
  },
  {
    key: "onSite",
    sources: [{ title: "MOFCOM: Belt and Road, Belarus", url: "https://mofcom.gov.cn/article/beltandroad/by/enindex.shtml" }],
  },
  {
    key: "construction",
    sources: [
      {
        title: "Arzinger: changes to the preferential regime (2021)",
        url: "https://arzinger.by/legislative-news-en/changes-to-the-preferential-regime-of-the-industrial-park-great-stone",
      },
    ],
  },
] as const satisfies readonly { key: string; sources: readonly Source[] }[];

export const ASK_ADMINISTRATION = ["steps", "documents", "deadline", "fees"] as const;
