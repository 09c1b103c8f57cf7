// The park's minimum investment (Decree No. 166 of 2017, see shared/content
// park-facts): USD 500,000 for R&D projects, or for other projects when that
// much is invested within three years; otherwise USD 5 million. Guidance for the
// investor's form, never a refusal.
export const RD_MINIMUM_USD = 500_000;
export const FAST_MINIMUM_USD = 500_000;
export const GENERAL_MINIMUM_USD = 5_000_000;

export type ThresholdInput = { rdProject: boolean; totalInvestmentUsd?: number | null; investmentFirst3YearsUsd?: number | null };

export type ThresholdGuidance =
  | { status: "incomplete" }
  | { status: "meets"; rule: "rd" | "threeYears" | "general"; minimumUsd: number }
  | { status: "below"; rule: "rd" | "general"; minimumUsd: number; shortfallUsd: number };

export function thresholdGuidance({ rdProject, totalInvestmentUsd, investmentFirst3YearsUsd }: ThresholdInput): ThresholdGuidance {
  if (totalInvestmentUsd == null) return { status: "incomplete" };
  if (rdProject) {
    return totalInvestmentUsd >= RD_MINIMUM_USD
      ? { status: "meets", rule: "rd", minimumUsd: RD_MINIMUM_USD }
      : { status: "below", rule: "rd", minimumUsd: RD_MINIMUM_USD, shortfallUsd: RD_MINIMUM_USD - totalInvestmentUsd };
  }
  if ((investmentFirst3YearsUsd ?? 0) >= FAST_MINIMUM_USD) return { status: "meets", rule: "threeYears", minimumUsd: FAST_MINIMUM_USD };
  if (totalInvestmentUsd >= GENERAL_MINIMUM_USD) return { status: "meets", rule: "general", minimumUsd: GENERAL_MINIMUM_USD };
  return { status: "below", rule: "general", minimumUsd: GENERAL_MINIMUM_USD, shortfallUsd: GENERAL_MINIMUM_USD - totalInvestmentUsd };
}
