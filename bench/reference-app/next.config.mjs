// The benchmark's reference pages: the fastest a Next.js page can be on this
// machine, prerendered and dynamic, built with the portal's own Next version.
/** @type {import('next').NextConfig} */
const config = { poweredByHeader: false };

export default config;
