// Chooses the translation to show: the reader's locale when it exists, otherwise
// the record's original language, flagged so the page can say so visibly.
export type Localized<T> = T & {
  /** The language the text is actually in. */
  textLocale: string;
  /** True when the reader's language was missing and another was used. */
  isFallback: boolean;
};

export function pickTranslation<T extends { locale: string }>(
  translations: readonly T[],
  locale: string,
  originalLocale: string,
): Localized<Omit<T, "locale">> | null {
  const chosen = translations.find((t) => t.locale === locale) ?? translations.find((t) => t.locale === originalLocale) ?? translations[0];
  if (!chosen) return null;
  const { locale: textLocale, ...rest } = chosen;
  return { ...rest, textLocale, isFallback: textLocale !== locale };
}
