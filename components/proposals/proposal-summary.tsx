// Everything the investor entered, as a definition list (read-only views).
import { getFormatter, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/format";
import { STEP_FIELDS } from "./proposal-fields";

type Values = Record<string, unknown>;

export async function ProposalSummary({ values, locale }: { values: Values; locale: string }) {
  const [t, ts, tc, format] = await Promise.all([
    getTranslations("proposals"),
    getTranslations("sectors"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const show = (name: string, v: unknown): string => {
    if (v === null || v === undefined || v === "") return tc("notGiven");
    if (v instanceof Date) return format.dateTime(v, { dateStyle: "long", timeZone: "UTC" });
    if (typeof v === "boolean") return v ? tc("yes") : tc("no");
    if (name === "sector") return ts(String(v) as "OTHER");
    if (name === "companyCountry") return countryName(locale, String(v));
    if (name.endsWith("Usd")) return format.number(Number(v), { style: "currency", currency: "USD", maximumFractionDigits: 0 });
    if (typeof v === "number") return format.number(v);
    return String(v);
  };
  return (
    <>
      {Object.entries(STEP_FIELDS).map(([step, fields]) => (
        <section key={step} aria-labelledby={`sum-${step}`}>
          <h3 id={`sum-${step}`}>{t(`steps.${step}` as "steps.company")}</h3>
          <dl className="facts">
            {fields.map((f) => (
              <div key={f.name} className="fact-row">
                <dt>{t(f.label ?? f.name)}</dt>
                <dd>{show(f.name, values[f.name])}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
