-- AlterTable
ALTER TABLE "ServiceClock" ADD COLUMN     "breachedAt" TIMESTAMP(3),
ADD COLUMN     "warnedAt" TIMESTAMP(3);

