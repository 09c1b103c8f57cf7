// The client's address for per-IP limits (behind a proxy: its X-Forwarded-For).
import "server-only";
import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/options";

export async function requestIp() {
  return clientIp(await headers());
}
