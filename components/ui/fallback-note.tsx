import { getTranslations } from "next-intl/server";

/** Says visibly that a text is shown in its original language, not the reader's. */
export async function FallbackNote({ textLocale }: { textLocale: string }) {
  const t = await getTranslations();
  return (
    <p className="fallback-note" role="note">
      {t("common.fallback", { language: t(`languages.${textLocale}` as "languages.en") })}
    </p>
  );
}
