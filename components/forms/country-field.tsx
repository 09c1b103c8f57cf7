"use client";
// A country chosen from its name in the reader's language (Intl.DisplayNames),
// sorted the way that language sorts; the form stores the ISO code. A native
// <select>: typing the first letters of a name jumps to it, with no script of ours.
import { useMemo } from "react";
import { useLocale } from "next-intl";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { COUNTRY_CODES } from "@/lib/countries";
import { ChoiceField } from "./choice-field";

type Props = { label: string; registration: UseFormRegisterReturn; error?: FieldError; emptyLabel: string };

export function CountryField({ label, registration, error, emptyLabel }: Props) {
  const locale = useLocale();
  const options = useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: "region" });
    const collator = new Intl.Collator(locale);
    return COUNTRY_CODES.map((code) => ({ value: code, label: names.of(code) ?? code })).sort((a, b) => collator.compare(a.label, b.label));
  }, [locale]);
  return <ChoiceField label={label} registration={registration} error={error} options={[{ value: "", label: emptyLabel }, ...options]} />;
}
