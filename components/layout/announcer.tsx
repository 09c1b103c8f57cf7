"use client";
// The page's live region for announce() (lib/announce.ts): the text shows as a
// small notice for a few seconds and is read out once. aria-live without the
// status role, so it never competes with a form's own status message.
import { useEffect, useState } from "react";
import { ANNOUNCE_EVENT } from "@/lib/announce";

const SHOWN_MS = 8000;

export function Announcer() {
  const [text, setText] = useState("");
  useEffect(() => {
    let hide: ReturnType<typeof setTimeout> | undefined;
    const show = (event: Event) => {
      clearTimeout(hide);
      // Emptied first, so the same words twice in a row are announced twice.
      setText("");
      requestAnimationFrame(() => setText((event as CustomEvent<string>).detail));
      hide = setTimeout(() => setText(""), SHOWN_MS);
    };
    window.addEventListener(ANNOUNCE_EVENT, show);
    return () => {
      clearTimeout(hide);
      window.removeEventListener(ANNOUNCE_EVENT, show);
    };
  }, []);
  return (
    <div aria-live="polite" aria-atomic="true" className={text ? "announcer announcer-shown" : "announcer"} data-testid="announcer">
      {text}
    </div>
  );
}
