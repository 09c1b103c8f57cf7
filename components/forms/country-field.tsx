"use client";
// A country chosen from its name in the reader's language, stored as its ISO
// code. The list comes from the server (lib/format.ts countryOptions). A native
// <select>: typing the first letters of a name jumps to it, with no script of ours.
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { ChoiceField } from "@/components/ui/choice-field";

export type CountryOptions = { value: string; label: string }[];

type Props = { label: string; registration: UseFormRegisterReturn; error?: FieldError; emptyLabel: string; options: CountryOptions };

export function CountryField({ label, registration, error, emptyLabel, options }: Props) {
  return <ChoiceField label={label} registration={registration} error={error} options={[{ value: "", label: emptyLabel }, ...options]} />;
}
