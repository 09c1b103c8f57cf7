// The portal's production server: Next's request handler behind a plain Node
// HTTP server that decides, once per request, who the client is. It strips any
// client-supplied x-portal-client-address and sets it from the socket and
// TRUSTED_PROXY_HOPS (scripts/lib/client-address.mjs), so per-address rate
// limits cannot be dodged with a made-up X-Forwarded-For.
// Usage: node scripts/serve.mjs [-p PORT] [-H HOST]   (what `npm start` runs)
import next from "next";
import { createPortalServer } from "./lib/portal-server.mjs";

const arg = (flag, fallback) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const port = Number(arg("-p", process.env.PORT ?? "3000"));
const hostname = arg("-H", process.env.HOSTNAME ?? "0.0.0.0");
const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
if (!Number.isInteger(hops) || hops < 0 || hops > 10) {
  console.error(`serve: TRUSTED_PROXY_HOPS=${process.env.TRUSTED_PROXY_HOPS} is not a whole number from 0 to 10`);
  process.exit(1);
}

const app = next({ dev: false, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

const server = createPortalServer(handle, { trustedProxyHops: hops });
server.listen(port, hostname, () => console.log(`serve: ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));

const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
