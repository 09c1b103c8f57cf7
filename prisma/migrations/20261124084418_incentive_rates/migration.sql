-- CreateEnum
CREATE TYPE "IncentiveParameter" AS ENUM ('GENERAL_PROFIT_TAX', 'GENERAL_PROFIT_TAX_HIGH', 'HIGH_RATE_THRESHOLD_BYN', 'REAL_ESTATE_TAX', 'IMPORT_VAT', 'PARK_PROFIT_EXEMPT_YEARS', 'PARK_PROFIT_REDUCED_SHARE', 'PARK_REAL_ESTATE_SHARE', 'PARK_LAND_SHARE', 'PARK_IMPORT_VAT_SHARE', 'PARK_IMPORT_DUTY_SHARE');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('PRIMARY', 'SECONDARY');

-- CreateTable
CREATE TABLE "IncentiveRate" (
    "id" TEXT NOT NULL,
    "parameter" "IncentiveParameter" NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "effectiveFrom" DATE,
    "effectiveFromPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "effectiveUntil" DATE,
    "legalBasisEn" TEXT NOT NULL,
    "legalBasisRu" TEXT NOT NULL,
    "legalBasisZh" TEXT NOT NULL,
    "sourceTitle" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "sourceKind" "SourceKind" NOT NULL,
    "sourceDate" DATE,
    "sourceDatePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "checkedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IncentiveRate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IncentiveRate_parameter_createdAt_idx" ON "IncentiveRate"("parameter", "createdAt" DESC);

