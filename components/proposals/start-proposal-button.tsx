"use client";
// "New proposal": the action creates a draft and redirects to it; a refusal
// (a session that ended meanwhile) is shown instead of nothing happening.
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { startProposalAction } from "@/lib/actions/proposals/investor-proposal";
import { FormMessage } from "@/components/forms/form-message";
import { Button } from "@/components/ui/button";

// The locale comes from the route segment; the action parses it like any bound argument.
export function StartProposalButton({ locale }: { locale: string }) {
  const t = useTranslations("proposals");
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      action={() =>
        start(async () => {
          const result = await startProposalAction(locale as Parameters<typeof startProposalAction>[0], undefined);
          if (!result.ok) setError(result.formError ?? "unexpected");
        })
      }
    >
      <Button type="submit" disabled={pending}>
        {t("new")}
      </Button>
      {error && <FormMessage error={error} />}
    </form>
  );
}
