// @ts-check
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // `next dev` on 127.0.0.1 does not hydrate without this.
  allowedDevOrigins: ["127.0.0.1"],
};

export default withNextIntl(nextConfig);
