// Postgres unique violations as Prisma reports them: the expected outcome of a
// repeated submit or a taken name, turned into a result rather than a 500.
import { Prisma } from "@/lib/generated/prisma/client";

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
