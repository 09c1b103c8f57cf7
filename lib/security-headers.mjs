// Security headers for every response (pages, route handlers, feeds, CSV, files),
// applied by next.config.js. Plain .mjs so next.config.js can import it.
//
// script-src: the App Router puts its RSC payload into inline <script> tags whose
// content differs per page. A nonce would make every page render per request
// (ending the page cache and the nginx cache in front), and hashes cannot be
// known for cached pages in advance; `strict-dynamic` needs one of the two, and
// Next's SRI covers only external files. So inline scripts are allowed, and
// everything else is shut: no script from another origin, no eval (outside
// `next dev`), no plugins, no <base>, no framing, forms post only here. The
// main defence against injected script stays where it was: React's escaping, the
// sanitized Markdown and the http(s)-only links (README, Security).

export function contentSecurityPolicy({ dev = false } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders({ dev = false } = {}) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  ];
}

/** HSTS only where the request came over https (directly or through the proxy). */
export const HSTS = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };
