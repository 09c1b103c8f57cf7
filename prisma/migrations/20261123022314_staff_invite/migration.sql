-- AlterEnum
ALTER TYPE "AuthTokenKind" ADD VALUE 'STAFF_INVITE';

