-- CreateEnum
CREATE TYPE "InquirySource" AS ENUM ('ACCOUNT', 'CONTACT_FORM');

-- AlterEnum
ALTER TYPE "AuthTokenKind" ADD VALUE 'SET_PASSWORD';

-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "source" "InquirySource" NOT NULL DEFAULT 'ACCOUNT';

-- CreateTable
CREATE TABLE "GuestContact" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "company" TEXT,
    "email" TEXT NOT NULL,
    "topic" "InquiryTopic" NOT NULL,
    "subject" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "locale" "UiLocale" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "inquiryId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GuestContact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GuestContact_tokenHash_key" ON "GuestContact"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "GuestContact_inquiryId_key" ON "GuestContact"("inquiryId");

-- CreateIndex
CREATE INDEX "GuestContact_expiresAt_idx" ON "GuestContact"("expiresAt");

