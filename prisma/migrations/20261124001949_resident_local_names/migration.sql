-- AlterTable
ALTER TABLE "ResidentTranslation" ADD COLUMN     "name" TEXT NOT NULL DEFAULT '';

