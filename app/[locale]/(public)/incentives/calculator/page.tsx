import type { Metadata } from "next";
import { getFormatter, getNow, getTranslations, setRequestLocale } from "next-intl/server";
import { fieldErrorsOf } from "@/lib/actions/result";
import { loadRateSchedule, type IncentiveRateRow } from "@/lib/data/incentive-rates";
import { computeIncentives, rateInForce } from "@/lib/incentive-calculator";
import { INCENTIVE_PARAMETERS } from "@/lib/domain";
import { getPathname } from "@/lib/i18n/navigation";
import { publicPageMetadata } from "@/lib/seo";
import { breadcrumbs } from "@/lib/structured-data";
import { env } from "@/lib/env";
import { formatAsOf } from "@/lib/format";
import { minskYear } from "@/lib/minsk-time";
import {
  CALCULATOR_FIELDS,
  CALCULATOR_BOUNDS,
  calculatorValuesFrom,
  incentiveCalculatorSchema,
  isSubmitted,
  SUBMIT_FLAG,
  type CalculatorField,
} from "@/lib/validations/incentive-calculator";
import { CalculatorForm } from "@/components/incentives/calculator-form";
import { CalculatorResult } from "@/components/incentives/calculator-result";
import { RatesInForce } from "@/components/incentives/rates-in-force";
import { JsonLd } from "@/components/ui/json-ld";
import { PageHeader } from "@/components/ui/page-header";

// The result depends on the query (the form's values), so every request renders;
// shared caches still keep a result briefly (PUBLIC_CACHE_CONTROL, next.config.js).
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "calculator" });
  return publicPageMetadata(locale, "/incentives/calculator", t("title"), t("lead"));
}

/** The form's non-empty values as a query string: the address that reproduces this result. */
const shareQuery = (values: Record<string, string>) =>
  new URLSearchParams([...Object.entries(values).filter(([, v]) => v !== ""), [SUBMIT_FLAG, "1"]]).toString();

export default async function IncentiveCalculatorPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tAll, format, now, { schedule }, query] = await Promise.all([
    getTranslations("calculator"),
    getTranslations(),
    getFormatter(),
    getNow(),
    loadRateSchedule(),
    searchParams,
  ]);
  // This year in Minsk: where the table starts when the first year with profit has passed.
  const thisYear = minskYear(now);
  const values = calculatorValuesFrom(query);
  const submitted = isSubmitted(query);
  const parsed = submitted ? incentiveCalculatorSchema(CALCULATOR_BOUNDS).safeParse(values) : null;
  const errors = parsed && !parsed.success ? fieldErrorsOf(parsed.error) : {};
  const result = parsed?.success ? computeIncentives(parsed.data, schedule, thisYear) : null;

  const action = getPathname({ href: "/incentives/calculator", locale });
  const trail = [
    { name: tAll("nav.home"), path: `/${locale}` },
    { name: tAll("park.title"), path: `/${locale}/park` },
    { name: t("title"), path: action },
  ];
  // The oldest check among the rates in force: the date the whole set was last confirmed.
  const inForce = INCENTIVE_PARAMETERS.flatMap((p) => (rateInForce(schedule[p], thisYear) as IncentiveRateRow | null) ?? []);
  const checked = inForce.reduce<Date | null>((oldest, r) => (!oldest || r.checkedOn < oldest ? r.checkedOn : oldest), null);
  const shown = (field: CalculatorField) =>
    field === "projectType" ? t(`projectTypes.${values.projectType === "rd" ? "rd" : "other"}`) : values[field];
  const inputSummary = CALCULATOR_FIELDS.filter((f) => values[f] !== "").map((f) => ({
    label: f === "projectType" ? t("groups.project") : t(`fields.${f}`),
    value: shown(f),
  }));
  return (
    <>
      <JsonLd data={[breadcrumbs(env.SITE_URL, trail)]} />
      <PageHeader title={t("title")} lead={t("lead")} trail={trail} />
      <p className="notice calculator-disclaimer" data-testid="disclaimer">
        {t("disclaimer")}
        {/* Chinese runs its sentences together; the others put a space between them. */}
        {checked && `${locale === "zh" ? "" : " "}${t("checkedOn", { date: formatAsOf(format, checked) })}`}
      </p>
      <div className="calculator-layout">
        <CalculatorForm action={action} values={values} errors={errors} bounds={CALCULATOR_BOUNDS} />
        <div className="calculator-output">
          {result ? (
            <CalculatorResult result={result} input={parsed!.data!} locale={locale} inputSummary={inputSummary} />
          ) : (
            <p className="muted calculator-empty">{submitted ? t("fixErrors") : t("empty")}</p>
          )}
        </div>
      </div>
      <RatesInForce schedule={schedule} year={thisYear} locale={locale} />
      {result && (
        <p className="print-only rate-meta calculator-print-address">
          {t("printSources", { url: `${env.SITE_URL}${action}?${shareQuery(values)}` })}
        </p>
      )}
    </>
  );
}
