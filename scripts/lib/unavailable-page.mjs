// The page the HTTP server sends, with status 503, when a page could not be
// rendered because the database is unreachable. Rendered here rather than by
// Next: it must not depend on anything that is down. Its words come from the
// catalogs (`unavailable.*`), so they are translated and checked like the rest.
import { readFileSync } from "node:fs";

const LOCALES = ["en", "ru", "zh"];
const catalog = Object.fromEntries(
  LOCALES.map((l) => [l, JSON.parse(readFileSync(new URL(`../../lib/i18n/messages/${l}.json`, import.meta.url), "utf8")).unavailable]),
);

const escape = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const RETRY_AFTER_SECONDS = 30;

export function localeOf(path) {
  return LOCALES.find((l) => path === `/${l}` || path.startsWith(`/${l}/`)) ?? "en";
}

/** A self-contained HTML page (no scripts, no external resources) in the path's language. */
export function unavailablePage(path) {
  const locale = localeOf(path);
  const t = catalog[locale];
  return `<!doctype html>
<html lang="${locale === "zh" ? "zh-Hans" : locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(t.title)}</title>
<style>
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","PingFang SC","Microsoft YaHei",sans-serif;margin:0;color:#1b2733;background:#f6f7f9}
main{max-width:36rem;margin:12vh auto;padding:2rem;background:#fff;border-top:4px solid #b3261e;border-radius:6px}
h1{font-size:1.5rem;margin:0 0 1rem}p{line-height:1.6}a{color:#0b5394}
</style>
</head>
<body>
<main role="main">
<h1>${escape(t.title)}</h1>
<p>${escape(t.text)}</p>
<p><a href="${escape(path.startsWith("/") && !path.startsWith("//") ? path : "/")}">${escape(t.retry)}</a></p>
</main>
</body>
</html>
`;
}
