// The page cache (next.config.js `cacheHandler`): Next's own file-system cache,
// except that a "not found" page is never stored. Pages with on-demand params
// (/residents/<slug>, /news/<slug>, /news/page/<n>) would otherwise keep a 404
// on disk for every made-up address a visitor asks for, so anyone could fill the
// disk. A 404 is rendered anew each time instead (one indexed query).
// CommonJS because Next loads the handler with require().
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS module Next require()s
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;

class PageCacheHandler extends FileSystemCache {
  async set(key, data, ctx) {
    if (data && (data.kind === "APP_PAGE" || data.kind === "APP_ROUTE") && data.status === 404) return;
    return super.set(key, data, ctx);
  }
}

module.exports = PageCacheHandler;
