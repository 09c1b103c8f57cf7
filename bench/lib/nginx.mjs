// nginx for the benchmark: one server serving a saved copy of a page (the
// machine's limit for HTML over HTTP), one running deploy/nginx-portal.conf
// (the recommended production cache) in front of the app.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { run, startProcess, waitForHttp } from "./processes.mjs";

/** deploy/nginx-portal.conf with this run's ports and cache directory. */
export function portalConfig({ listenPort, upstreamPort, cacheDir }) {
  const conf = readFileSync("deploy/nginx-portal.conf", "utf8")
    .replace(/listen 80;/, `listen 127.0.0.1:${listenPort};`)
    .replace(/server 127\.0\.0\.1:3000;/, `server 127.0.0.1:${upstreamPort};`)
    .replace(/proxy_cache_path \S+/, `proxy_cache_path ${cacheDir}`);
  if (!conf.includes(`${listenPort}`) || !conf.includes(cacheDir))
    throw new Error("deploy/nginx-portal.conf changed shape: update bench/lib/nginx.mjs");
  return conf;
}

export async function startNginx({ dir, staticPort, staticFile, cachePort, upstreamPort }) {
  const root = path.resolve(dir);
  mkdirSync(path.join(root, "html"), { recursive: true });
  mkdirSync(path.join(root, "cache"), { recursive: true });
  writeFileSync(path.join(root, "html", "page.html"), staticFile);
  const conf = `
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

  # The machine's limit: a saved copy of the home page's HTML, from memory.
  server {
    listen 127.0.0.1:${staticPort};
    root ${root}/html;
    location = /page { default_type text/html; try_files /page.html =404; }
  }

  ${portalConfig({ listenPort: cachePort, upstreamPort, cacheDir: `${root}/cache` })}
}
`;
  const file = path.join(root, "nginx.conf");
  writeFileSync(file, conf);
  run("nginx", ["-t", "-q", "-c", file, "-p", root], { quiet: true });
  const proc = startProcess("nginx", ["-c", file, "-p", root], { logFile: path.join(root, "stdout.log") });
  await waitForHttp(`http://127.0.0.1:${staticPort}/page`);
  return proc;
}
