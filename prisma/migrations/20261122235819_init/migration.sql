-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "ContentLocale" AS ENUM ('en', 'ru', 'zh', 'de');

-- CreateEnum
CREATE TYPE "ResidentStatus" AS ENUM ('OPERATING', 'UNDER_CONSTRUCTION', 'PLANNED');

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('ELECTRONICS_TELECOM', 'MECHANICAL_ENGINEERING', 'PHARMA_BIOTECH', 'MEDICAL_DEVICES', 'FINE_CHEMISTRY', 'NEW_MATERIALS', 'LOGISTICS_ECOMMERCE', 'BIG_DATA', 'RESEARCH_DEVELOPMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "NewsStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "FigureQualifier" AS ENUM ('EXACT', 'APPROXIMATE', 'MORE_THAN');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateTable
CREATE TABLE "FigureMetric" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FigureMetric_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FigureMetricTranslation" (
    "metricId" TEXT NOT NULL,
    "locale" "ContentLocale" NOT NULL,
    "label" TEXT NOT NULL,

    CONSTRAINT "FigureMetricTranslation_pkey" PRIMARY KEY ("metricId","locale")
);

-- CreateTable
CREATE TABLE "FigureValue" (
    "id" TEXT NOT NULL,
    "metricId" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "qualifier" "FigureQualifier" NOT NULL DEFAULT 'EXACT',
    "asOf" DATE NOT NULL,
    "asOfPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "sourceTitle" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FigureValue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Resident" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "country" VARCHAR(2) NOT NULL,
    "sector" "Sector" NOT NULL,
    "status" "ResidentStatus" NOT NULL,
    "sinceYear" INTEGER,
    "investmentUsd" DOUBLE PRECISION,
    "jobs" INTEGER,
    "website" TEXT,
    "originalLocale" "ContentLocale" NOT NULL DEFAULT 'en',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "searchText" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Resident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ResidentTranslation" (
    "residentId" TEXT NOT NULL,
    "locale" "ContentLocale" NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "ResidentTranslation_pkey" PRIMARY KEY ("residentId","locale")
);

-- CreateTable
CREATE TABLE "ResidentSource" (
    "id" TEXT NOT NULL,
    "residentId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ResidentSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsArticle" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "originalLocale" "ContentLocale" NOT NULL,
    "status" "NewsStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "sourceName" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "tags" TEXT[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NewsArticle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NewsTranslation" (
    "articleId" TEXT NOT NULL,
    "locale" "ContentLocale" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "NewsTranslation_pkey" PRIMARY KEY ("articleId","locale")
);

-- CreateIndex
CREATE UNIQUE INDEX "FigureMetric_key_key" ON "FigureMetric"("key");

-- CreateIndex
CREATE INDEX "FigureValue_metricId_asOf_idx" ON "FigureValue"("metricId", "asOf" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "FigureValue_metricId_asOf_sourceUrl_key" ON "FigureValue"("metricId", "asOf", "sourceUrl");

-- CreateIndex
CREATE UNIQUE INDEX "Resident_slug_key" ON "Resident"("slug");

-- CreateIndex
CREATE INDEX "Resident_published_name_idx" ON "Resident"("published", "name");

-- CreateIndex
CREATE INDEX "Resident_published_sector_idx" ON "Resident"("published", "sector");

-- CreateIndex
CREATE INDEX "Resident_published_country_idx" ON "Resident"("published", "country");

-- CreateIndex
CREATE INDEX "Resident_published_status_idx" ON "Resident"("published", "status");

-- CreateIndex
CREATE INDEX "ResidentSource_residentId_position_idx" ON "ResidentSource"("residentId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "NewsArticle_slug_key" ON "NewsArticle"("slug");

-- CreateIndex
CREATE INDEX "NewsArticle_status_publishedAt_idx" ON "NewsArticle"("status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "NewsArticle_tags_idx" ON "NewsArticle" USING GIN ("tags");

-- AddForeignKey
ALTER TABLE "FigureMetricTranslation" ADD CONSTRAINT "FigureMetricTranslation_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "FigureMetric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FigureValue" ADD CONSTRAINT "FigureValue_metricId_fkey" FOREIGN KEY ("metricId") REFERENCES "FigureMetric"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidentTranslation" ADD CONSTRAINT "ResidentTranslation_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResidentSource" ADD CONSTRAINT "ResidentSource_residentId_fkey" FOREIGN KEY ("residentId") REFERENCES "Resident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NewsTranslation" ADD CONSTRAINT "NewsTranslation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "NewsArticle"("id") ON DELETE CASCADE ON UPDATE CASCADE;

