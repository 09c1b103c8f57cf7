// The HTTP server in front of Next's request handler (scripts/serve.mjs): the
// one place that decides who the client is, from the socket and the number of
// trusted proxies, overwriting whatever the request claimed.
import http from "node:http";
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from "./client-address.mjs";

export function createPortalServer(handle, { trustedProxyHops = 0 } = {}) {
  return http.createServer((req, res) => {
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(req.headers["x-forwarded-for"], req.socket.remoteAddress, trustedProxyHops);
    handle(req, res);
  });
}
