// JavaScript a page makes the browser download, gzipped, split into the
// framework's shared chunks (build-manifest.json's rootMainFiles and polyfills,
// loaded by every page) and the rest, which is the route's own cost.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { get } from "./processes.mjs";

export function sharedChunks(distDir = ".next") {
  const manifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8"));
  return new Set([...(manifest.rootMainFiles ?? []), ...(manifest.polyfillFiles ?? [])].map((f) => `/_next/${f}`));
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

export async function routeJs(url, { distDir = ".next", shared = sharedChunks(distDir) } = {}) {
  const html = await (await get(url)).text();
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].split("?")[0]);
  let sharedBytes = 0;
  let routeBytes = 0;
  const routeFiles = [];
  for (const src of new Set(scripts)) {
    if (!src.startsWith("/_next/")) continue;
    const bytes = gz(path.join(distDir, src.slice("/_next/".length)));
    if (shared.has(src)) sharedBytes += bytes;
    else {
      routeBytes += bytes;
      routeFiles.push(path.basename(src));
    }
  }
  return { url, sharedBytes, routeBytes, routeFiles };
}
