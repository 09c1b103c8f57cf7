// Locale-prefixed paths, computed on the server. Every URL is /<locale><path>
// (localePrefix "always", no translated pathnames), so this is all next-intl's
// createNavigation would do here; importing that instead would pull its client
// Link, and with it the intl runtime, into every public page's JavaScript.
type Query = Record<string, string | number | undefined>;
export type Href = string | { pathname: string; query?: Query };

export function getPathname({ href, locale }: { href: Href; locale: string }): string {
  const { pathname, query } = typeof href === "string" ? { pathname: href, query: undefined } : href;
  const path = `/${locale}${pathname === "/" ? "" : pathname}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.set(key, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
