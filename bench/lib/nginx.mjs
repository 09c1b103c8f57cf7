// nginx for the benchmark: one server serving a saved copy of a page (the
// machine's limit for HTML over HTTP), one running deploy/nginx-portal.conf
// (the recommended production cache) in front of the app.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { portalConfig, standaloneConfig } from "../../scripts/lib/nginx-config.mjs";
import { run, startProcess, waitForHttp } from "./processes.mjs";

export async function startNginx({ dir, staticPort, staticFile, cachePort, upstreamPort }) {
  const root = path.resolve(dir);
  mkdirSync(path.join(root, "html"), { recursive: true });
  mkdirSync(path.join(root, "cache"), { recursive: true });
  writeFileSync(path.join(root, "html", "page.html"), staticFile);
  const conf = standaloneConfig(
    root,
    `
  # The machine's limit: a saved copy of the home page's HTML, from memory.
  server {
    listen 127.0.0.1:${staticPort};
    root ${root}/html;
    location = /page { default_type text/html; try_files /page.html =404; }
  }

  ${portalConfig({ listenPort: cachePort, upstreamPorts: [upstreamPort], cacheDir: `${root}/cache` })}`,
  );
  const file = path.join(root, "nginx.conf");
  writeFileSync(file, conf);
  run("nginx", ["-t", "-q", "-c", file, "-p", root], { quiet: true });
  const proc = startProcess("nginx", ["-c", file, "-p", root], { logFile: path.join(root, "stdout.log") });
  await waitForHttp(`http://127.0.0.1:${staticPort}/page`);
  return proc;
}
