// next.config.js `cacheHandler`: which page cache this process uses.
// - REDIS_URL set, serving: the cache every instance shares (shared-page-cache.cjs),
//   so a staff edit on one instance is visible on all of them at once.
// - Otherwise, and always during `next build`: Next's file-system cache of this
//   instance (local-page-cache.cjs); `npm start` needs nothing else.
// CommonJS because Next loads the handler with require().
/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS module Next require()s */
const building = process.env.NEXT_PHASE === "phase-production-build";

module.exports = process.env.REDIS_URL && !building ? require("./shared-page-cache.cjs") : require("./local-page-cache.cjs");
