"use client";
// The header's menu button on narrow screens: an accessible disclosure
// (aria-expanded, aria-controls) for the panel holding the area's navigation,
// the account links and the languages. Escape and following a link close it.
// Wider screens show the panel in the header row and hide this button (CSS).
import { useEffect, useState } from "react";
import { usePathname } from "next/navigation";

export function MenuButton({ controls, label }: { controls: string; label: string }) {
  // Open on the page where it was opened: following a link (a new pathname) closes it.
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const setOpen = (value: boolean) => setOpenOn(value ? pathname : null);
  useEffect(() => {
    const panel = document.getElementById(controls);
    if (!panel) return;
    panel.toggleAttribute("data-open", open);
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpenOn(null);
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open, controls]);
  return (
    <button
      type="button"
      className="header-button menu-button"
      aria-expanded={open}
      aria-controls={controls}
      onClick={() => setOpen(!open)}
    >
      <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <path
          d={open ? "M4 4 L16 16 M16 4 L4 16" : "M3 5 H17 M3 10 H17 M3 15 H17"}
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
      <span>{label}</span>
    </button>
  );
}
