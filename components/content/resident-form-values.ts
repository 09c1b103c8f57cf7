// A stored listing (or an empty one) as the resident form's values.
import type { ResidentEditInput } from "@/lib/validations/resident-admin";

type Stored = {
  slug: string;
  name: string;
  country: string;
  sector: ResidentEditInput["sector"];
  status: ResidentEditInput["status"];
  partnerCountries: string[];
  statusAsOf: Date | null;
  statusAsOfPrecision: ResidentEditInput["statusAsOfPrecision"];
  statusSourceUrl: string | null;
  sinceYear: number | null;
  investmentUsd: number | null;
  investmentUsdMax: number | null;
  jobs: number | null;
  website: string | null;
  originalLocale: ResidentEditInput["originalLocale"];
  featured: boolean;
  version: number;
  translations: { locale: string; name: string; summary: string; description: string }[];
  sources: { title: string; url: string }[];
};

const str = (v: number | null) => (v === null ? "" : String(v));

export function residentFormValues(r: Stored | null): ResidentEditInput {
  const text = (l: string) => {
    const t = r?.translations.find((x) => x.locale === l);
    return { name: t?.name ?? "", summary: t?.summary ?? "", description: t?.description ?? "" };
  };
  return {
    name: r?.name ?? "",
    slug: r?.slug ?? "",
    country: r?.country ?? "",
    sector: r?.sector ?? "OTHER",
    status: r?.status ?? "PLANNED",
    partnerCountries: r?.partnerCountries.join(", ") ?? "",
    statusAsOf: r?.statusAsOf ? r.statusAsOf.toISOString().slice(0, 10) : "",
    statusAsOfPrecision: r?.statusAsOfPrecision ?? "DAY",
    statusSourceUrl: r?.statusSourceUrl ?? "",
    sinceYear: str(r?.sinceYear ?? null),
    investmentUsd: str(r?.investmentUsd ?? null),
    investmentUsdMax: str(r?.investmentUsdMax ?? null),
    jobs: str(r?.jobs ?? null),
    website: r?.website ?? "",
    originalLocale: r?.originalLocale ?? "en",
    featured: r?.featured ?? false,
    version: r?.version ?? 0,
    translations: { en: text("en"), ru: text("ru"), zh: text("zh") },
    sources: r?.sources ?? [],
  };
}
