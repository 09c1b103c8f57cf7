import { getTranslations } from "next-intl/server";

/**
 * Says that the text is a translation, from which language, and links the
 * original: the portal's own page in that language, or (for a language the
 * portal is not written in) the source itself.
 */
export async function TranslationNote({ originalLocale, href }: { originalLocale: string; href: string }) {
  const t = await getTranslations("common");
  return (
    <p className="muted translation-note" role="note">
      {t.rich("translatedFrom", {
        language: originalLocale,
        link: (chunks) => (
          <a href={href} hrefLang={originalLocale} lang={originalLocale}>
            {chunks}
          </a>
        ),
      })}
    </p>
  );
}
