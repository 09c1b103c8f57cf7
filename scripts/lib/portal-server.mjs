// The HTTP server in front of Next's request handler (scripts/serve.mjs): what
// is decided once per request, before Next sees it.
// - Who the client is: from the socket and the number of trusted proxies,
//   overwriting whatever the request claimed (client-address.mjs).
// - A request from another site that would change something (any method but
//   GET/HEAD/OPTIONS with a foreign Origin) gets 403; Next answered such server
//   action calls with a 500.
// - A path that is not valid percent-encoding (/en/%ff) gets the translated
//   not-found page (API paths: a 400), where Next answered 500.
// - While the database is unreachable, a page Next could not render (its 500)
//   goes out as a translated 503 with Retry-After (unavailable-page.mjs).
import http from "node:http";
import { databaseUnreachableSince } from "../../lib/database-state.mjs";
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from "./client-address.mjs";
import { localeOf, RETRY_AFTER_SECONDS, unavailablePage } from "./unavailable-page.mjs";

function isWellFormed(path) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** True when the Origin names another site than the one asked (or than SITE_URL). */
function isForeignOrigin(req, siteUrl) {
  const origin = req.headers.origin;
  if (!origin || origin === "null") return Boolean(origin); // "null": sandboxed or opaque: not ours
  let hostname;
  try {
    hostname = new URL(origin).hostname;
  } catch {
    return true;
  }
  const host = String(req.headers.host ?? "")
    .replace(/:\d+$/, "")
    .replace(/^\[|\]$/g, "");
  const site = siteUrl ? new URL(siteUrl).hostname : null;
  return hostname !== host && hostname !== site;
}

/**
 * Lets Next answer, except that its 500 (an error nothing in the app handled)
 * while the database is unreachable is replaced, before anything is sent, by the
 * translated 503 page. A 503 the app chose itself (a route's or the sign-in's)
 * passes unchanged. The decision is taken when Next sends its headers
 * (writeHead, or the first write or end).
 */
function replaceOutageErrors(req, res, path, isDatabaseDown) {
  const { writeHead, write, end } = res;
  let decided = false;
  let replaced = false;
  const decide = (status) => {
    if (decided) return;
    decided = true;
    if (status !== 500 || !isDatabaseDown()) return;
    replaced = true;
    for (const name of res.getHeaderNames()) res.removeHeader(name);
    const api = path.startsWith("/api/");
    const body = api ? JSON.stringify({ ok: false, error: "unavailable" }) : unavailablePage(path);
    writeHead.call(res, 503, {
      "Content-Type": api ? "application/json" : "text/html; charset=utf-8",
      "Retry-After": String(RETRY_AFTER_SECONDS),
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy":
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    });
    end.call(res, req.method === "HEAD" ? undefined : body);
  };
  res.writeHead = function (status, ...rest) {
    decide(status);
    return replaced ? res : writeHead.call(res, status, ...rest);
  };
  res.write = function (...args) {
    decide(res.statusCode);
    return replaced ? true : write.apply(res, args);
  };
  res.end = function (...args) {
    decide(res.statusCode);
    return replaced ? res : end.apply(res, args);
  };
}

export function createPortalServer(
  handle,
  { trustedProxyHops = 0, siteUrl = process.env.SITE_URL, isDatabaseDown = () => databaseUnreachableSince() !== null } = {},
) {
  return http.createServer((req, res) => {
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(req.headers["x-forwarded-for"], req.socket.remoteAddress, trustedProxyHops);
    const [path, query] = (req.url ?? "/").split(/\?(.*)/s);
    if (!["GET", "HEAD", "OPTIONS"].includes(req.method ?? "GET") && isForeignOrigin(req, siteUrl)) {
      res.writeHead(403, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
      res.end("403: requests from other sites are refused.\n");
      return;
    }
    if (!isWellFormed(path)) {
      if (path.startsWith("/api/")) {
        res.writeHead(400, { "Content-Type": "application/json", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
        res.end(JSON.stringify({ ok: false, error: "invalid" }));
        return;
      }
      // Next renders its translated not-found page for an address that names nothing.
      req.url = `/${localeOf(path)}/malformed-address${query ? `?${query}` : ""}`;
    }
    replaceOutageErrors(req, res, path, isDatabaseDown);
    handle(req, res);
  });
}
