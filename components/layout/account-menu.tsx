"use client";
// The header's account corner. Public pages are cached and shared, so they carry
// no session state: this island asks /api/me after load and shows either the
// sign-in links or the user's links with the unread-notification count.
import { useEffect, useState } from "react";
import { ACCOUNT_CHANGED } from "@/lib/account-events";

type Me = { signedIn: false } | { signedIn: true; name: string; role: "INVESTOR" | "STAFF" | "ADMIN"; unread: number };

type Labels = {
  signIn: string;
  register: string;
  account: string;
  inquiries: string;
  staffArea: string;
  notifications: string;
  signOut: string;
  menu: string;
};

// `initial`: what the signed-in areas' layouts already know (the unread count follows from /api/me);
// without it the corner would show the sign-in links until /api/me answers, and a wider corner.
export function AccountMenu({ locale, labels, initial = null }: { locale: string; labels: Labels; initial?: Me | null }) {
  const [me, setMe] = useState<Me | null>(initial);
  const [open, setOpen] = useState(false);
  // Escape or a click anywhere outside the account corner closes its menu.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && setOpen(false);
    const onClick = (e: MouseEvent) => !(e.target as Element).closest?.(".account-menu") && setOpen(false);
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, [open]);
  useEffect(() => {
    const load = () =>
      fetch("/api/me", { cache: "no-store" })
        .then((r) => r.json())
        .then(setMe)
        .catch(() => setMe({ signedIn: false }));
    load();
    // Pages announce changes the header shows (notifications read, …).
    window.addEventListener(ACCOUNT_CHANGED, load);
    return () => window.removeEventListener(ACCOUNT_CHANGED, load);
  }, []);
  const href = (path: string) => `/${locale}${path}`;
  async function signOut() {
    const { csrfToken } = await fetch("/api/auth/csrf").then((r) => r.json());
    await fetch("/api/auth/signout", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ csrfToken, json: "true" }),
    });
    window.location.assign(href(""));
  }
  if (!me || !me.signedIn) {
    return (
      <nav aria-label={labels.menu} className="account-menu">
        <a href={href("/sign-in")}>{labels.signIn}</a>
        <a href={href("/register")}>{labels.register}</a>
      </nav>
    );
  }
  // Signed in: one button (with the unread count) opening the account's links,
  // so the header keeps one row whatever the area's navigation holds.
  return (
    <nav aria-label={labels.menu} className="account-menu">
      <button
        type="button"
        className="header-button account-button"
        aria-expanded={open}
        aria-controls="account-panel"
        onClick={() => setOpen(!open)}
      >
        <svg width="18" height="18" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="10" cy="7" r="3.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M3.5 17.5c1-3.5 3.6-5 6.5-5s5.5 1.5 6.5 5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <span className="account-name">{me.name}</span>
        {me.unread > 0 && (
          <span className="count-badge" data-testid="unread-count" aria-label={`${labels.notifications}: ${me.unread}`}>
            {me.unread}
          </span>
        )}
      </button>
      <ul id="account-panel" className="account-panel" hidden={!open}>
        <li>
          {me.role === "INVESTOR" ? (
            <a href={href("/account/inquiries")}>{labels.inquiries}</a>
          ) : (
            <a href={href("/staff/inquiries")}>{labels.staffArea}</a>
          )}
        </li>
        <li>
          <a href={href("/account/notifications")} aria-label={`${labels.notifications} (${me.unread})`}>
            {labels.notifications} ({me.unread})
          </a>
        </li>
        <li>
          <a href={href("/account")}>{labels.account}</a>
        </li>
        <li>
          <button type="button" className="link-button" onClick={signOut}>
            {labels.signOut}
          </button>
        </li>
      </ul>
    </nav>
  );
}
