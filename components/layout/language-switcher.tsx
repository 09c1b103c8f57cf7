"use client";
// Links to the same page in the other languages, query string included (a
// filtered directory stays filtered). A client island only because it needs the
// current address; it ships a few hundred bytes and no message catalog. The query
// is read from `location` once hydrated (an external store: empty on the server
// and during hydration) rather than with useSearchParams, which would opt
// cached pages out of static rendering.
import { useSyncExternalStore } from "react";
import { usePathname } from "next/navigation";

const onHistoryChange = (notify: () => void) => {
  window.addEventListener("popstate", notify);
  return () => window.removeEventListener("popstate", notify);
};

type Props = { current: string; label: string; names: Record<string, string>; locales: readonly string[] };

export function LanguageSwitcher({ current, label, names, locales }: Props) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, "");
  const search = useSyncExternalStore(
    onHistoryChange,
    () => window.location.search,
    () => "",
  );
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <a href={`/${locale}${rest}${search}`} hrefLang={locale} lang={locale} aria-current={locale === current ? "true" : undefined}>
              {names[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
