import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <section className="not-found">
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <p>
        <Link href="/" className="button">
          {t("home")}
        </Link>
      </p>
    </section>
  );
}
