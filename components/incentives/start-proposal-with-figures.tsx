"use client";
// "Start a proposal with these figures": a new draft with the calculator's
// investment figures filled in, for a signed-in investor. Anyone else is told
// what to do instead (sign in, and come back to these same figures).
import { useState, useTransition } from "react";
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
  const here = () => `${window.location.pathname}${window.location.search}`;
  return (
    <form
      className="calculator-start"
      action={() =>
        start(async () => {
          const result = await startProposalAction(locale as Parameters<typeof startProposalAction>[0], prefill);
          if (!result.ok) setRefusal(result.formError ?? "unexpected");
        })
      }
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
