// The page cache of a single instance (no REDIS_URL): Next's own file-system
// cache, minus stored 404s. Revalidation reaches this process only, which is
// right for one instance and wrong for several (see shared-page-cache.cjs).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS module Next require()s
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, as above
const { isNotFoundPage } = require("./is-not-found-page.cjs");

class LocalPageCache extends FileSystemCache {
  async set(key, data, ctx) {
    if (isNotFoundPage(data)) return;
    return super.set(key, data, ctx);
  }
}

module.exports = LocalPageCache;
