"use client";
// The calculator's one island: the form works as a plain GET form without
// JavaScript; with it, the result follows the inputs. A pause in typing
// replaces the address with the form's values (empty fields left out, so a
// shared link stays short), and the server renders the new result.
import { useRef, useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";

const PAUSE_MS = 500;

export function LiveForm({ action, label, updating, children }: { action: string; label: string; updating: string; children: ReactNode }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const follow = (form: HTMLFormElement) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const query = new URLSearchParams();
      for (const [name, value] of new FormData(form)) if (typeof value === "string" && value.trim() !== "") query.append(name, value);
      startTransition(() => router.replace(`${action}?${query}`, { scroll: false }));
    }, PAUSE_MS);
  };
  // Submitted without JavaScript, the page opens at the result (below the form on a phone).
  return (
    <form
      method="get"
      action={`${action}#result`}
      aria-label={label}
      className="calculator-form"
      onInput={(e) => follow(e.currentTarget)}
      aria-busy={pending}
    >
      {children}
      <p className="hint calculator-updating" role="status">
        {pending ? updating : ""}
      </p>
    </form>
  );
}
