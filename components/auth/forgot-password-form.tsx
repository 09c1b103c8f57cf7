"use client";
// Asks for a reset link; the answer is the same whether or not the address exists.
import { useTranslations } from "next-intl";
import { forgotPasswordAction } from "@/lib/actions/account/forgot-password";
import { AccountLinkForm } from "@/components/auth/account-link-form";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  return <AccountLinkForm action={forgotPasswordAction} submitLabel={t("submitForgot")} doneText={t("forgotDone")} />;
}
