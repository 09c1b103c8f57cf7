-- "Forgot password" requests become account-link requests of two kinds (reset,
-- confirmation). A rename, not drop-and-create: requests already queued (and
-- answered "on its way") are still sent after the deploy.
ALTER TABLE "PasswordResetRequest" RENAME TO "AccountLinkRequest";
ALTER TABLE "AccountLinkRequest" RENAME CONSTRAINT "PasswordResetRequest_pkey" TO "AccountLinkRequest_pkey";
ALTER INDEX "PasswordResetRequest_requestedAt_idx" RENAME TO "AccountLinkRequest_requestedAt_idx";
ALTER TABLE "AccountLinkRequest" ADD COLUMN "kind" "AuthTokenKind" NOT NULL DEFAULT 'RESET_PASSWORD';
ALTER TABLE "AccountLinkRequest" ALTER COLUMN "kind" DROP DEFAULT;
