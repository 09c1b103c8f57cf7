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

export function AccountMenu({ locale, labels }: { locale: string; labels: Labels }) {
  const [me, setMe] = useState<Me | null>(null);
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
  return (
    <nav aria-label={labels.menu} className="account-menu">
      {me.role === "INVESTOR" ? (
        <a href={href("/account/inquiries")}>{labels.inquiries}</a>
      ) : (
        <a href={href("/staff/inquiries")}>{labels.staffArea}</a>
      )}
      <a href={href("/account/notifications")} aria-label={`${labels.notifications} (${me.unread})`}>
        {labels.notifications}{" "}
        {me.unread > 0 && (
          <span className="badge" data-testid="unread-count">
            {me.unread}
          </span>
        )}
      </a>
      <a href={href("/account")}>{labels.account}</a>
      <button type="button" className="link-button" onClick={signOut}>
        {labels.signOut}
      </button>
    </nav>
  );
}
