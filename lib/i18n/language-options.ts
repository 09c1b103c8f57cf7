// The interface languages as choices, each named in itself.
import { locales } from "./routing";

const ENDONYMS = { en: "English", ru: "Русский", zh: "中文" } as const;

export const LANGUAGE_OPTIONS = locales.map((value) => ({ value, label: ENDONYMS[value] }));
