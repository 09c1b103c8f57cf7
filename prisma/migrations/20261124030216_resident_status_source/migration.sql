-- AlterTable
ALTER TABLE "Resident" ADD COLUMN     "investmentUsdMax" DOUBLE PRECISION,
ADD COLUMN     "partnerCountries" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "statusAsOf" TIMESTAMP(3),
ADD COLUMN     "statusAsOfPrecision" "DatePrecision" NOT NULL DEFAULT 'YEAR',
ADD COLUMN     "statusSourceUrl" TEXT;

-- CreateIndex
CREATE INDEX "Resident_partnerCountries_idx" ON "Resident" USING GIN ("partnerCountries");

