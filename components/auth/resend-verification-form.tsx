"use client";
// "Send a new link" for an address not confirmed yet: on the sign-in page when
// it refuses an unconfirmed account, and on the verify page when a link failed.
import { useTranslations } from "next-intl";
import { resendVerificationAction } from "@/lib/actions/account/resend-verification";
import { AccountLinkForm } from "@/components/auth/account-link-form";

export function ResendVerificationForm({ email = "" }: { email?: string }) {
  const t = useTranslations("auth");
  return (
    <section aria-label={t("resendTitle")}>
      <AccountLinkForm
        action={resendVerificationAction}
        submitLabel={t("resendSubmit")}
        doneText={t("resendDone")}
        email={email}
        secondary
      />
    </section>
  );
}
