// The client's address, as far as it can be trusted. The socket's peer is a fact;
// X-Forwarded-For entries are only as good as the proxies that wrote them, and a
// client can put anything at its left end. With `hops` trusted proxies in front
// (TRUSTED_PROXY_HOPS), the client is the address that the outermost trusted
// proxy saw: counted from the right of X-Forwarded-For plus the socket's peer.
// With 0 (the default, nothing in front) forwarded headers are ignored.

const normalise = (address) => (address ?? "").trim().replace(/^::ffff:/, "") || "unknown";

export function clientAddressOf(forwardedFor, socketAddress, hops) {
  const chain = [
    ...String(forwardedFor ?? "")
      .split(",")
      .map((a) => a.trim())
      .filter(Boolean),
    socketAddress ?? "",
  ];
  const index = chain.length - 1 - Math.max(0, hops);
  return normalise(chain[Math.max(0, index)]);
}

/** Header the portal's own server sets (and strips from requests) for the app to read. */
export const CLIENT_ADDRESS_HEADER = "x-portal-client-address";
