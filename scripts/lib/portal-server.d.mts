import type http from "node:http";
export function createPortalServer(
  handle: (req: http.IncomingMessage, res: http.ServerResponse) => void,
  options?: { trustedProxyHops?: number; siteUrl?: string; isDatabaseDown?: () => boolean },
): http.Server;
