// `node scripts/mail-catcher.mjs [smtpPort] [httpPort]`: the SMTP catcher on its own
// (Playwright starts it this way; `npm start` starts it itself).
import { startMailCatcher } from "./lib/mail-catcher.mjs";

const [smtpPort = "1025", httpPort = "1080"] = process.argv.slice(2);
const catcher = await startMailCatcher({ smtpPort: Number(smtpPort), httpPort: Number(httpPort) });
console.log(`mail catcher: SMTP ${catcher.smtpUrl}, caught mail at ${catcher.webUrl}`);
