-- AlterEnum
ALTER TYPE "ResidentStatus" ADD VALUE 'NOT_STATED';

