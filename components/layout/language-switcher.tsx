"use client";
// Links to the same page in the other languages. A client island only because it
// needs the current path; it ships a few hundred bytes and no message catalog.
// (The query string is left out: reading it would opt cached pages out of static
// rendering, and filters are easy to set again.)
import { usePathname } from "next/navigation";

type Props = { current: string; label: string; names: Record<string, string>; locales: readonly string[] };

export function LanguageSwitcher({ current, label, names, locales }: Props) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/[a-z]{2}(?=\/|$)/, "");
  return (
    <nav aria-label={label} className="language-switcher">
      <ul>
        {locales.map((locale) => (
          <li key={locale}>
            <a href={`/${locale}${rest}`} hrefLang={locale} lang={locale} aria-current={locale === current ? "true" : undefined}>
              {names[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
