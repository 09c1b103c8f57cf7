// deploy/nginx-portal.conf with a run's own ports and cache directory, for the
// cluster test (scripts/cluster-nginx.mjs) and the benchmark (bench/lib/nginx.mjs):
// both run the production file itself, not a copy that could drift from it.
import { readFileSync } from "node:fs";

/** The portal's server block with `listen`, the upstream instances and the cache path replaced. */
export function portalConfig({ listenPort, upstreamPorts, cacheDir }) {
  const servers = upstreamPorts.map((port) => `    server 127.0.0.1:${port};`).join("\n");
  const conf = readFileSync("deploy/nginx-portal.conf", "utf8")
    .replace(/listen 80;/, `listen 127.0.0.1:${listenPort};`)
    .replace(/(upstream portal_app \{\n)(?:\s*server [^\n]+;\n)+/, `$1${servers}\n`)
    .replace(/proxy_cache_path \S+/, `proxy_cache_path ${cacheDir}`);
  if (!conf.includes(`${listenPort};`) || !conf.includes(cacheDir) || !upstreamPorts.every((p) => conf.includes(`127.0.0.1:${p};`)))
    throw new Error("deploy/nginx-portal.conf changed shape: update scripts/lib/nginx-config.mjs");
  return conf;
}

/** A whole nginx.conf around the portal's server block, everything kept under `root`. */
export function standaloneConfig(root, serverBlocks) {
  return `
user root;
worker_processes auto;
daemon off;
pid ${root}/nginx.pid;
error_log ${root}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path ${root}/tmp-body;
  proxy_temp_path ${root}/tmp-proxy;
  fastcgi_temp_path ${root}/tmp-fastcgi;
  uwsgi_temp_path ${root}/tmp-uwsgi;
  scgi_temp_path ${root}/tmp-scgi;
${serverBlocks}
}
`;
}
