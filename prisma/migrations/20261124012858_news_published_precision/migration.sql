-- AlterTable
ALTER TABLE "NewsArticle" ADD COLUMN     "publishedPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY';

