-- CreateEnum
CREATE TYPE "CalendarCode" AS ENUM ('MINSK', 'BEIJING', 'WEEKENDS');

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'WORKDAY');

-- CreateEnum
CREATE TYPE "CalendarYearStatus" AS ENUM ('CONFIRMED', 'PROVISIONAL');

-- CreateEnum
CREATE TYPE "DayUnit" AS ENUM ('BUSINESS', 'CALENDAR');

-- CreateEnum
CREATE TYPE "ServiceStage" AS ENUM ('INQUIRY_REPLY', 'PROPOSAL_REVIEW', 'PROPOSAL_DECISION');

-- CreateEnum
CREATE TYPE "LegalBasis" AS ENUM ('LAW_300_Z');

-- CreateTable
CREATE TABLE "CalendarEntry" (
    "calendar" "CalendarCode" NOT NULL,
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "nameZh" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CalendarEntry_pkey" PRIMARY KEY ("calendar","date")
);

-- CreateTable
CREATE TABLE "CalendarYear" (
    "calendar" "CalendarCode" NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "CalendarYearStatus" NOT NULL,
    "sourceTitle" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,

    CONSTRAINT "CalendarYear_pkey" PRIMARY KEY ("calendar","year")
);

-- CreateTable
CREATE TABLE "ServiceStandard" (
    "id" TEXT NOT NULL,
    "stage" "ServiceStage" NOT NULL,
    "topic" "InquiryTopic",
    "targetDays" INTEGER NOT NULL,
    "targetUnit" "DayUnit" NOT NULL,
    "investorDays" INTEGER NOT NULL,
    "statutoryDays" INTEGER,
    "statutoryUnit" "DayUnit",
    "legalBasis" "LegalBasis",
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ServiceStandard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceClock" (
    "id" TEXT NOT NULL,
    "inquiryId" TEXT,
    "proposalId" TEXT,
    "stage" "ServiceStage" NOT NULL,
    "standardId" TEXT NOT NULL,
    "calendar" "CalendarCode" NOT NULL DEFAULT 'MINSK',
    "targetDays" INTEGER NOT NULL,
    "targetUnit" "DayUnit" NOT NULL,
    "statutoryDays" INTEGER,
    "statutoryUnit" "DayUnit",
    "legalBasis" "LegalBasis",
    "startedAt" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3),
    "statutoryDueAt" TIMESTAMP(3),
    "pausedAt" TIMESTAMP(3),
    "remainingDays" INTEGER,
    "investorCalendar" "CalendarCode",
    "investorDays" INTEGER NOT NULL,
    "investorDueAt" TIMESTAMP(3),
    "stoppedAt" TIMESTAMP(3),

    CONSTRAINT "ServiceClock_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ServiceStandard_stage_topic_createdAt_idx" ON "ServiceStandard"("stage", "topic", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ServiceClock_inquiryId_key" ON "ServiceClock"("inquiryId");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceClock_proposalId_key" ON "ServiceClock"("proposalId");

-- CreateIndex
CREATE INDEX "ServiceClock_stoppedAt_dueAt_idx" ON "ServiceClock"("stoppedAt", "dueAt");

-- AddForeignKey
ALTER TABLE "ServiceClock" ADD CONSTRAINT "ServiceClock_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceClock" ADD CONSTRAINT "ServiceClock_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

