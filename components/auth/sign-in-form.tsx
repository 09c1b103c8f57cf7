"use client";
// Sign-in through next-auth's credentials endpoint; its error codes (wrong
// password, rate limited, e-mail not verified, database down) are shown translated.
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { signInSchema } from "@/lib/validations/account";
import { TextField } from "@/components/ui/text-field";
import { signInErrorOf, type SignInError } from "@/lib/auth/sign-in-errors";
import { ResendVerificationForm } from "@/components/auth/resend-verification-form";
import { Button } from "@/components/ui/button";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [error, setError] = useState<SignInError | null>(null);
  const { register, handleSubmit, formState, getValues } = useForm({ resolver: zodResolver(signInSchema), mode: "onTouched" });
  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl);
      return;
    }
    setError(signInErrorOf(result?.error));
  });
  return (
    <>
      <form onSubmit={onSubmit} noValidate className="form">
        <TextField label={t("email")} type="email" autoComplete="email" registration={register("email")} error={formState.errors.email} />
        <TextField
          label={t("password")}
          type="password"
          autoComplete="current-password"
          registration={register("password")}
          error={formState.errors.password}
        />
        <p role="alert" aria-live="polite" className="form-error">
          {error ? t(`error${error}`) : ""}
        </p>
        <Button type="submit" disabled={formState.isSubmitting}>
          {t("submitSignIn")}
        </Button>
      </form>
      {/* An unconfirmed account's way out: a new link to the address just typed. */}
      {error === "EmailNotVerified" && <ResendVerificationForm email={getValues("email")} />}
    </>
  );
}
