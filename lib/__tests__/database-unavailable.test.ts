// What the boundaries treat as "the database is unreachable" (a translated 503 or
// "nothing was saved"), checked against the errors a real client raises when no
// PostgreSQL listens, not against hand-made error objects.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailable } from "@/lib/boundary/failure";
import { db } from "@/lib/db";

// Port 9 (discard) on the loopback: nothing listens, the connection is refused.
const nowhere = new PrismaClient({ adapter: new PrismaPg({ connectionString: "postgresql://postgres@127.0.0.1:9/none" }) });
afterAll(() => nowhere.$disconnect());

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe("isDatabaseUnavailable", () => {
  it("recognises a refused connection on a model query and on a raw query", async () => {
    expect(isDatabaseUnavailable(await failureOf(nowhere.user.findFirst()))).toBe(true);
    expect(isDatabaseUnavailable(await failureOf(nowhere.$queryRaw`SELECT 1`))).toBe(true);
  });

  it("does not mistake a query error of a working database for an outage", async () => {
    const error = await failureOf(db.$queryRawUnsafe("SELECT * FROM no_such_table"));
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(isDatabaseUnavailable(new Error("something else"))).toBe(false);
  });
});
