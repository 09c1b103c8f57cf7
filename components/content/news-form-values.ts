// A stored article (or a new one) as the news form's values.
import { dateToMinskLocal } from "@/lib/minsk-time";
import type { NewsEditInput } from "@/lib/validations/news-admin";

type Stored = {
  slug: string;
  originalLocale: NewsEditInput["originalLocale"];
  status: NewsEditInput["status"];
  publishedAt: Date | null;
  publishedPrecision: NewsEditInput["publishedPrecision"];
  sourceName: string;
  sourceUrl: string;
  tags: string[];
  version: number;
  translations: { locale: string; title: string; summary: string; body: string }[];
};

export function newsFormValues(a: Stored | null): NewsEditInput {
  const text = (l: string) => {
    const t = a?.translations.find((x) => x.locale === l);
    return { title: t?.title ?? "", summary: t?.summary ?? "", body: t?.body ?? "" };
  };
  return {
    slug: a?.slug ?? "",
    originalLocale: a?.originalLocale ?? "en",
    status: a?.status ?? "DRAFT",
    publishAt: a?.publishedAt ? dateToMinskLocal(a.publishedAt) : "",
    publishedPrecision: a?.publishedPrecision ?? "DAY",
    sourceName: a?.sourceName ?? "",
    sourceUrl: a?.sourceUrl ?? "",
    tags: (a?.tags ?? []) as NewsEditInput["tags"],
    version: a?.version ?? 0,
    translations: { en: text("en"), ru: text("ru"), zh: text("zh") },
  };
}
