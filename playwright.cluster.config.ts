// The scale-out tests (scripts/test.mjs runs them after the main e2e suite):
//  - e2e/cluster/cluster.spec.ts: two instances of the built app on one PostgreSQL
//    (CLUSTER_DATABASE_URL) sharing their page cache through Redis (REDIS_URL,
//    default the machine's 127.0.0.1:6379), nginx in front with
//    deploy/nginx-portal.conf, one SMTP catcher for both outbox workers.
//  - e2e/cluster/database-outage.spec.ts: one instance on an embedded PostgreSQL
//    the test stops and starts itself.
import { randomBytes } from "node:crypto";
import { defineConfig } from "@playwright/test";
import base from "./playwright.config";
import { CLUSTER } from "./e2e/cluster/cluster";

// A fresh key prefix per run: entries of an earlier run in the same Redis are never read.
const REDIS_KEY_PREFIX = process.env.CLUSTER_REDIS_KEY_PREFIX ?? `portal-cluster-${randomBytes(4).toString("hex")}`;
process.env.CLUSTER_REDIS_KEY_PREFIX = REDIS_KEY_PREFIX;

const instance = (url: string) => {
  const port = new URL(url).port;
  return {
    command: `node scripts/serve.mjs -p ${port} -H 127.0.0.1`,
    url: `${url}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      DATABASE_URL: process.env.CLUSTER_DATABASE_URL ?? "",
      REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
      REDIS_KEY_PREFIX,
      // Links in mail and sign-in callbacks name the public address: nginx.
      SITE_URL: CLUSTER.nginx,
      NEXTAUTH_URL: CLUSTER.nginx,
      NEXTAUTH_SECRET: "cluster-only-secret-0123456789abcdef0123456789",
      SMTP_URL: `smtp://127.0.0.1:${CLUSTER.mailSmtpPort}`,
      BACKGROUND_POLL_MS: "250",
      // nginx is the one proxy; direct requests from the tests name their client the same way.
      TRUSTED_PROXY_HOPS: "1",
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  };
};

export default defineConfig({
  ...base,
  testDir: "e2e/cluster",
  testIgnore: [],
  timeout: 60_000,
  use: { ...base.use, baseURL: CLUSTER.nginx },
  webServer: [
    {
      command: `node scripts/mail-catcher.mjs ${CLUSTER.mailSmtpPort} ${new URL(CLUSTER.mailWeb).port}`,
      url: `${CLUSTER.mailWeb}/api/messages`,
      reuseExistingServer: false,
      timeout: 15_000,
    },
    instance(CLUSTER.a),
    instance(CLUSTER.b),
    {
      command: `node scripts/cluster-nginx.mjs ${new URL(CLUSTER.nginx).port} .cache/cluster-nginx ${new URL(CLUSTER.a).port} ${new URL(CLUSTER.b).port}`,
      url: `${CLUSTER.nginx}/api/health`,
      reuseExistingServer: false,
      timeout: 15_000,
    },
  ],
});
