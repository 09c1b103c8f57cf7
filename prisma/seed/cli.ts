// `npm run db:seed` (and `npm start` on an empty database): seeds the content.
// With --if-empty it does nothing when any content exists. --demo-accounts adds
// the demo investor, staff member and admin (never with NODE_ENV=production).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { seedDemoAccounts } from "./accounts.ts";
import { isEmpty, seedContent } from "./run.ts";
import { seedServiceClock } from "./service-clock.ts";
import { seedIncentiveRates } from "./incentive-rates.ts";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    if (process.argv.includes("--demo-accounts")) {
      console.log(`seed: ${await seedDemoAccounts(db)} demo accounts created`);
    }
    const clock = await seedServiceClock(db);
    if (clock.calendarEntries || clock.standards || clock.templates)
      console.log(
        `seed: ${clock.calendarEntries} calendar entries, ${clock.standards} service standards, ${clock.templates} answer templates created`,
      );
    const rates = await seedIncentiveRates(db);
    if (rates) console.log(`seed: ${rates} incentive-calculator rates created`);
    if (process.argv.includes("--if-empty") && !(await isEmpty(db))) {
      console.log("seed: content present, nothing to do");
      return;
    }
    const counts = await seedContent(db);
    console.log(
      `seed: ${counts.metrics} figures (${counts.values} dated values), ${counts.residents} residents, ${counts.news} news items`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
