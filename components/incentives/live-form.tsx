"use client";
// The calculator's one island: the form works as a plain GET form without
// JavaScript; with it, the result follows the inputs. A pause in typing
// replaces the address with the form's values (empty fields left out, so a
// shared link stays short), and the server renders the new result.
import { useRef, useState, useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";

const PAUSE_MS = 500;

type Props = { action: string; label: string; updating: string; updated: string; children: ReactNode };

export function LiveForm({ action, label, updating, updated, children }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // Said once the new result is on the page, so a screen reader hears that it changed.
  const [followed, setFollowed] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const follow = (form: HTMLFormElement) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const query = new URLSearchParams();
      for (const [name, value] of new FormData(form)) if (typeof value === "string" && value.trim() !== "") query.append(name, value);
      setFollowed(true);
      startTransition(() => router.replace(`${action}?${query}`, { scroll: false }));
    }, PAUSE_MS);
  };
  // Submitted without JavaScript, the page opens at the result (below the form on a phone).
  return (
    <form
      method="get"
      action={`${action}#result`}
      // The server checks every value and explains it in the reader's language; the browser's own
      // (untranslated) checks of min, max and step would stop a submit without JavaScript first.
      noValidate
      aria-label={label}
      className="calculator-form"
      onInput={(e) => follow(e.currentTarget)}
    >
      {children}
      <p className="hint calculator-updating" role="status">
        {pending ? updating : followed ? updated : ""}
      </p>
    </form>
  );
}
