// Per-address limits count the real client: a made-up X-Forwarded-For (or a
// made-up x-portal-client-address) gives no fresh budget unless that many
// proxies are trusted (TRUSTED_PROXY_HOPS). Over real HTTP, through the server
// that fronts Next in production.
import type { AddressInfo } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddressOf } from "./lib/client-address.mjs";
import { createPortalServer } from "./lib/portal-server.mjs";

const servers: { close: () => void }[] = [];
afterAll(() => servers.forEach((s) => s.close()));

async function echoServer(trustedProxyHops: number) {
  const server = createPortalServer((req, res) => res.end(String(req.headers[CLIENT_ADDRESS_HEADER])), { trustedProxyHops });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe("the client address", () => {
  it("with no trusted proxy, forwarded headers and a forged address header are ignored", async () => {
    const url = await echoServer(0);
    for (const headers of [
      { "x-forwarded-for": "203.0.113.1" },
      { "x-forwarded-for": "203.0.113.2, 10.0.0.1" },
      { [CLIENT_ADDRESS_HEADER]: "203.0.113.3" },
      {},
    ]) {
      expect(await (await fetch(url, { headers })).text()).toBe("127.0.0.1");
    }
  });

  it("behind one trusted proxy (nginx overwriting X-Forwarded-For), the address it saw", async () => {
    const url = await echoServer(1);
    expect(await (await fetch(url, { headers: { "x-forwarded-for": "198.51.100.7" } })).text()).toBe("198.51.100.7");
    // A client that sends its own header to a proxy that appends: only the entry the proxy wrote counts.
    expect(await (await fetch(url, { headers: { "x-forwarded-for": "203.0.113.9, 198.51.100.7" } })).text()).toBe("198.51.100.7");
  });

  it("counts hops from the right", () => {
    expect(clientAddressOf("a, b, c", "d", 0)).toBe("d");
    expect(clientAddressOf("a, b, c", "d", 2)).toBe("b");
    expect(clientAddressOf("a", "::ffff:127.0.0.1", 5)).toBe("a");
    expect(clientAddressOf(undefined, "::ffff:10.1.2.3", 1)).toBe("10.1.2.3");
  });
});

describe("requests the portal's server refuses or redirects before Next", () => {
  async function recordingServer() {
    const seen: string[] = [];
    const server = createPortalServer(
      (req, res) => {
        seen.push(String(req.url));
        res.end("next");
      },
      { siteUrl: "https://portal.example.org" },
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push(server);
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
  }

  it("a POST from another site gets 403 and never reaches Next; same-site and origin-less posts pass", async () => {
    const { url, seen } = await recordingServer();
    const post = (origin?: string) =>
      fetch(`${url}/en/register`, { method: "POST", headers: { "next-action": "x", ...(origin ? { origin } : {}) }, body: "[]" });
    expect((await post("http://evil.example")).status).toBe(403);
    expect((await post("null")).status).toBe(403);
    expect(seen).toEqual([]);
    expect((await post(url)).status).toBe(200);
    expect((await post("https://portal.example.org")).status).toBe(200);
    expect((await post()).status).toBe(200);
    expect((await fetch(`${url}/en`, { headers: { origin: "http://evil.example" } })).status).toBe(200); // reading is fine
  });

  it("a path that is not valid percent-encoding becomes a not-found address in its locale; an API path gets 400", async () => {
    const { url, seen } = await recordingServer();
    await fetch(`${url}/ru/news/%E0%A4%A?x=1`);
    await fetch(`${url}/%ff`);
    expect(seen).toEqual(["/ru/malformed-address?x=1", "/en/malformed-address"]);
    const api = await fetch(`${url}/api/documents/%ff`);
    expect(api.status).toBe(400);
    await fetch(`${url}/en/residents/%D0%B0`); // well-formed Cyrillic passes unchanged
    expect(seen.at(-1)).toBe("/en/residents/%D0%B0");
  });
});
