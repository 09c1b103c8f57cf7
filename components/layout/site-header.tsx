import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { locales } from "@/lib/i18n/routing";
import { AccountMenu } from "./account-menu";
import { LanguageSwitcher } from "./language-switcher";

// Each language named in itself, so a reader finds theirs whatever page they are on.
const ENDONYMS = { en: "English", ru: "Русский", zh: "中文" };

export async function SiteHeader({ locale }: { locale: string }) {
  const t = await getTranslations("nav");
  return (
    <header className="site-header">
      <a href="#main" className="skip-link">
        {t("skip")}
      </a>
      <div className="container header-row">
        <Link href="/" className="brand">
          {(await getTranslations("meta"))("siteName")}
        </Link>
        <nav aria-label={t("main")} className="main-nav">
          <ul>
            <li>
              <Link href="/park">{t("park")}</Link>
            </li>
            <li>
              <Link href="/residents">{t("residents")}</Link>
            </li>
            <li>
              <Link href="/news">{t("news")}</Link>
            </li>
            <li>
              <Link href="/contacts">{t("contacts")}</Link>
            </li>
          </ul>
        </nav>
        <AccountMenu
          locale={locale}
          labels={{
            signIn: t("signIn"),
            register: t("register"),
            account: t("account"),
            inquiries: t("inquiries"),
            staffArea: t("staffArea"),
            notifications: t("notifications"),
            signOut: t("signOut"),
            menu: t("accountMenu"),
          }}
        />
        <LanguageSwitcher current={locale} label={t("language")} names={ENDONYMS} locales={locales} />
      </div>
    </header>
  );
}
