"use client";
// Live guidance on the park's minimum investment from the numbers typed so far.
import { useFormatter, useTranslations } from "next-intl";
import { FAST_MINIMUM_USD, thresholdGuidance } from "@/lib/proposal-thresholds";

const toNumber = (v: unknown) => (typeof v === "string" && /^\d+$/.test(v.trim()) ? Number(v) : null);

export function ThresholdGuidance({ rdProject, total, firstThreeYears }: { rdProject: boolean; total: unknown; firstThreeYears: unknown }) {
  const t = useTranslations("proposals.guidance");
  const format = useFormatter();
  const usd = (n: number) => format.number(n, { style: "currency", currency: "USD", maximumFractionDigits: 0 });
  const g = thresholdGuidance({ rdProject, totalInvestmentUsd: toNumber(total), investmentFirst3YearsUsd: toNumber(firstThreeYears) });
  const text =
    g.status === "incomplete"
      ? t("incomplete")
      : g.status === "meets"
        ? t(`meets_${g.rule}`, { minimum: usd(g.minimumUsd) })
        : t(`below_${g.rule}`, { minimum: usd(g.minimumUsd), shortfall: usd(g.shortfallUsd), fast: usd(FAST_MINIMUM_USD) });
  return (
    <p role="status" aria-live="polite" className={g.status === "below" ? "notice" : "guidance"} data-testid="threshold-guidance">
      {text}
    </p>
  );
}
