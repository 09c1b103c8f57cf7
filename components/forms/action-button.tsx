"use client";
// A button that runs one server action with no form fields (close an inquiry,
// mark notifications read, end other sessions): disabled while it runs, the
// refusal shown beside it, the outcome announced by the layout's announcer (the
// button itself may be gone from the refreshed page), the page refreshed.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { ActionResult } from "@/lib/actions/result";
import { FormMessage } from "@/components/forms/form-message";
import { announce } from "@/lib/announce";
import { Button } from "@/components/ui/button";

type Props<T> = {
  action: () => Promise<ActionResult<T>>;
  label: string;
  /** The button's name for screen readers when its visible label is shared by a list of them ("Remove: 20 April 2026"). */
  ariaLabel?: string;
  /** What to announce after a success. */
  doneText: (data: T | undefined) => string;
  /** Also after a success: for what lives outside the refreshed page (the header). */
  onDone?: () => void;
};

export function ActionButton<T>({ action, label, ariaLabel, doneText, onDone }: Props<T>) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = () =>
    start(async () => {
      const result = await action().catch((): ActionResult<T> => ({ ok: false, formError: "unexpected" }));
      if (!result.ok) return setError(result.formError ?? "unexpected");
      setError(null);
      announce(doneText(result.data));
      onDone?.();
      router.refresh();
    });
  return (
    <div>
      <Button type="button" variant="secondary" disabled={pending} onClick={run} aria-label={ariaLabel}>
        {label}
      </Button>
      <FormMessage error={error} />
    </div>
  );
}
