-- AlterTable
ALTER TABLE "Resident" ADD COLUMN     "logoKey" TEXT;

