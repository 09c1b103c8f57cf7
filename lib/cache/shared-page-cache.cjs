// The page cache shared by every instance (REDIS_URL set): pages, route
// responses and unstable_cache entries live in Redis through
// @fortedigital/nextjs-cache-handler's redis-strings handler, and so do tag
// revalidations (revalidatePath marks its implicit tag with a timestamp; an entry
// older than the mark is a miss on every instance). A staff publish on one
// instance is therefore a miss, and a fresh render, on the next request to any.
//
// When Redis cannot be reached, reads miss and writes are dropped: every
// instance renders from PostgreSQL, slower but never stale or inconsistent
// (a per-instance fallback cache would show different pages per instance).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS module Next require()s
const { CacheHandler } = require("@fortedigital/nextjs-cache-handler");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, as above
const createRedisHandler = require("@fortedigital/nextjs-cache-handler/redis-strings").default;
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, as above
const { createClient } = require("@redis/client");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, as above
const { isNotFoundPage } = require("./is-not-found-page.cjs");

const CLIENT = Symbol.for("portal.sharedPageCache.client");

/** One connection per process, reconnecting in the background after an outage. */
function redisClient() {
  if (globalThis[CLIENT]) return globalThis[CLIENT];
  const client = createClient({
    url: process.env.REDIS_URL,
    // Fail a command at once while disconnected instead of queueing it: a page
    // request must not wait for Redis to come back.
    disableOfflineQueue: true,
    pingInterval: 10_000,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  });
  let warned = false;
  client.on("error", (error) => {
    if (!warned) console.warn(`page cache: Redis unreachable (${error.code ?? error.message}); rendering uncached until it is back`);
    warned = true;
  });
  client.on("ready", () => {
    if (warned) console.warn("page cache: Redis is back");
    warned = false;
  });
  client.connect().catch(() => {
    /* reported by the error listener; the client keeps retrying */
  });
  globalThis[CLIENT] = client;
  return client;
}

CacheHandler.onCreation(({ buildId }) => ({
  // Entries of another build (another deploy sharing the Redis) are never read:
  // their RSC payloads name other JavaScript chunks.
  handlers: [
    createRedisHandler({
      client: redisClient(),
      keyPrefix: `${process.env.REDIS_KEY_PREFIX ?? "portal"}:${buildId ?? "dev"}:`,
      timeoutMs: 1_000,
    }),
  ],
}));

class SharedPageCache extends CacheHandler {
  async set(key, data, ctx) {
    if (isNotFoundPage(data)) return;
    return super.set(key, data, ctx);
  }
}

module.exports = SharedPageCache;
