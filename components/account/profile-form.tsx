"use client";
// Edits the signed-in user's profile.
import { useTranslations } from "next-intl";
import { profileSchema, type ProfileInput } from "@/lib/validations/account";
import { updateProfileAction } from "@/lib/actions/account/update-profile";
import { useActionForm } from "@/components/forms/use-action-form";
import { TextField } from "@/components/ui/text-field";
import { ChoiceField } from "@/components/ui/choice-field";
import { FormMessage } from "@/components/forms/form-message";
import { CountryField, type CountryOptions } from "@/components/forms/country-field";
import { Button } from "@/components/ui/button";

export function ProfileForm({
  profile,
  languages,
  countries,
}: {
  profile: ProfileInput;
  languages: { value: string; label: string }[];
  countries: CountryOptions;
}) {
  const t = useTranslations("auth");
  const tf = useTranslations("forms");
  const tAccount = useTranslations("account");
  const { form, onSubmit, formError, done, setDone } = useActionForm(profileSchema, updateProfileAction, profile);
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} onChange={() => setDone(false)} noValidate className="form">
      <TextField label={t("name")} autoComplete="name" registration={form.register("name")} error={e.name} />
      <TextField label={t("company")} hint={t("companyHint")} registration={form.register("company")} error={e.company} />
      <CountryField
        label={t("country")}
        registration={form.register("country")}
        error={e.country}
        emptyLabel={t("countryChoose")}
        options={countries}
      />
      <ChoiceField label={t("locale")} options={languages} registration={form.register("locale")} error={e.locale} />
      <FormMessage error={formError} success={done ? tf("saved") : null} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {tAccount("saveProfile")}
      </Button>
    </form>
  );
}
