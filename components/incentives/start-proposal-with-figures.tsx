"use client";
// "Start a proposal with these figures": a new draft with the calculator's
// investment figures filled in, for a signed-in investor. Anyone else is told
// what to do instead (sign in, and come back to these same figures).
import { useRef, useState, useTransition } from "react";
import { startProposalAction } from "@/lib/actions/proposals/investor-proposal";

import type { z } from "zod";
import type { proposalPrefillSchema } from "@/lib/validations/proposal";
import { Button } from "@/components/ui/button";

type Labels = { start: string; signIn: string; signInLink: string; notInvestor: string; failed: string };

export function StartProposalWithFigures({
  locale,
  prefill,
  labels,
}: {
  locale: string;
  prefill: z.input<typeof proposalPrefillSchema>;
  labels: Labels;
}) {
  const [pending, start] = useTransition();
  const [refusal, setRefusal] = useState<string | null>(null);
  // One draft per click: a second click before the first answer (the button is
  // disabled only once React re-renders) must not start another.
  const busy = useRef(false);
  const here = () => `${window.location.pathname}${window.location.search}`;
  return (
    <form
      className="calculator-start"
      action={() => {
        if (busy.current) return;
        busy.current = true;
        start(async () => {
          try {
            const result = await startProposalAction(locale as Parameters<typeof startProposalAction>[0], currentFigures(prefill));
            if (!result.ok) setRefusal(result.formError ?? "unexpected");
          } finally {
            busy.current = false;
          }
        });
      }}
    >
      <Button type="submit" disabled={pending}>
        {labels.start}
      </Button>
      <p role="alert" className="form-error" hidden={!refusal}>
        {refusal === "signedOut" ? (
          <>
            {labels.signIn} <a href={`/${locale}/sign-in?callbackUrl=${encodeURIComponent(refusal ? here() : "")}`}>{labels.signInLink}</a>
          </>
        ) : refusal === "forbidden" ? (
          labels.notInvestor
        ) : refusal ? (
          labels.failed
        ) : null}
      </p>
    </form>
  );
}

/**
 * The figures as the calculator's form holds them now: typed in the last half
 * second, they are not in the result yet. Without the form, the result's own.
 */
function currentFigures(fallback: z.input<typeof proposalPrefillSchema>): z.input<typeof proposalPrefillSchema> {
  const form = document.querySelector<HTMLFormElement>("form.calculator-form");
  if (!form) return fallback;
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "").trim();
  return {
    rdProject: text("projectType") === "rd",
    totalInvestmentUsd: text("totalInvestmentUsd"),
    investmentFirst3YearsUsd: text("investmentFirst3YearsUsd"),
    landHa: text("landAreaHa"),
  };
}
