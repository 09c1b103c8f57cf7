-- AlterTable
ALTER TABLE "NewsArticle" ADD COLUMN     "coverHeight" INTEGER,
ADD COLUMN     "coverKey" TEXT,
ADD COLUMN     "coverWidth" INTEGER;

