"use client";
// Investor registration: one schema (lib/validations/account) for form and server.
import { useTranslations } from "next-intl";
import { registerSchema } from "@/lib/validations/account";
import { registerAction } from "@/lib/actions/account/register";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { ChoiceField } from "@/components/ui/choice-field";
import { FormMessage } from "@/components/forms/form-message";
import { CountryField, type CountryOptions } from "@/components/forms/country-field";
import { Button } from "@/components/ui/button";

type Props = { locale: "en" | "ru" | "zh"; languages: { value: string; label: string }[]; countries: CountryOptions };

export function RegisterForm({ locale, languages, countries }: Props) {
  const t = useTranslations("auth");
  const { form, onSubmit, formError, done } = useActionForm(registerSchema, registerAction, {
    name: "",
    email: "",
    company: "",
    country: "",
    locale,
    password: "",
    passwordConfirm: "",
  });
  const { register, formState } = form;
  const e = formState.errors;
  if (done)
    return (
      <p role="status" className="form-success">
        {t("registerDone")}
      </p>
    );
  return (
    <form onSubmit={onSubmit} noValidate className="form">
      <TextField label={t("name")} autoComplete="name" registration={register("name")} error={e.name} />
      <TextField label={t("email")} type="email" autoComplete="email" registration={register("email")} error={e.email} />
      <TextField
        label={t("company")}
        hint={t("companyHint")}
        autoComplete="organization"
        registration={register("company")}
        error={e.company}
      />
      <CountryField
        label={t("country")}
        registration={register("country")}
        error={e.country}
        emptyLabel={t("countryChoose")}
        options={countries}
      />
      <ChoiceField label={t("locale")} options={languages} registration={register("locale")} error={e.locale} />
      <TextField
        label={t("password")}
        hint={t("passwordHint")}
        type="password"
        autoComplete="new-password"
        registration={register("password")}
        error={e.password}
      />
      <TextField
        label={t("passwordConfirm")}
        type="password"
        autoComplete="new-password"
        registration={register("passwordConfirm")}
        error={e.passwordConfirm}
      />
      <FormMessage error={formError} />
      <Button type="submit" disabled={formState.isSubmitting}>
        {t("submitRegister")}
      </Button>
    </form>
  );
}
