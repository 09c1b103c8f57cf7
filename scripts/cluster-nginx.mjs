// `node scripts/cluster-nginx.mjs <listenPort> <cacheDir> <appPort>...`: nginx in the
// foreground running deploy/nginx-portal.conf in front of the given app instances
// (the cluster test starts it this way; stopping this process stops nginx).
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { portalConfig, standaloneConfig } from "./lib/nginx-config.mjs";

const [listenPort, dir, ...appPorts] = process.argv.slice(2);
if (!listenPort || !dir || appPorts.length === 0) {
  console.error("usage: node scripts/cluster-nginx.mjs <listenPort> <dir> <appPort>...");
  process.exit(2);
}
const root = path.resolve(dir);
rmSync(root, { recursive: true, force: true });
mkdirSync(path.join(root, "cache"), { recursive: true });
const file = path.join(root, "nginx.conf");
writeFileSync(
  file,
  standaloneConfig(root, portalConfig({ listenPort: Number(listenPort), upstreamPorts: appPorts.map(Number), cacheDir: `${root}/cache` })),
);
const check = spawnSync("nginx", ["-t", "-q", "-c", file, "-p", root], { encoding: "utf8" });
if (check.error || check.status !== 0) {
  console.error(
    `cluster-nginx: nginx is missing or refused the configuration (apt-get install -y nginx-light)\n${check.stderr ?? check.error}`,
  );
  process.exit(1);
}
const nginx = spawn("nginx", ["-c", file, "-p", root], { stdio: "inherit" });
const stop = () => nginx.kill("SIGQUIT");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
nginx.on("exit", (code) => process.exit(code ?? 0));
