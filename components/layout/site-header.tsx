// The header: the portal's mark and name, then one navigation bar for the area
// the reader is in (public site, investor account or back office) with the
// current page marked, the account corner and the languages. On narrow screens
// everything after the name folds behind a menu button, so the header stays one
// row of at most 64 px; from 1024 px it is one row with everything in it.
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { locales } from "@/lib/i18n/routing";
import type { Role } from "@/lib/permissions";
import { AccountMenu } from "./account-menu";
import { LanguageSwitcher } from "./language-switcher";
import { MenuButton } from "./menu-button";
import { NavLink } from "./nav-link";
import { ParkMark } from "./park-mark";
import { areaLinks, type Area } from "./area-links";

// Each language named in itself, so a reader finds theirs whatever page they are on.
const ENDONYMS = { en: "English", ru: "Русский", zh: "中文" };

/** `user`: in the signed-in areas the layout knows who it is, so the account corner renders signed in from the start. */
type Props = { locale: string; area?: Area; role?: Role; user?: { name: string; role: Role } };

export async function SiteHeader({ locale, area = "public", role, user }: Props) {
  const t = await getTranslations("nav");
  const navLabel = area === "staff" ? t("staffArea") : area === "account" ? t("account") : t("main");
  return (
    <header className="site-header" data-area={area}>
      <a href="#main" className="skip-link">
        {t("skip")}
      </a>
      <div className="container header-row">
        {/* Named by its visible words ("Great Stone · Investor portal"), so speech input finds it. */}
        <Link href="/" className="brand">
          <ParkMark />
          <span className="brand-text">
            <span className="brand-name">{t("brandName")}</span> <span className="brand-sub">{t("brandSub")}</span>
          </span>
        </Link>
        <MenuButton controls="site-menu" label={t("menu")} />
        <div id="site-menu" className="menu-panel">
          <nav aria-label={navLabel} className="main-nav">
            <ul>
              {areaLinks(area, role).map((l) => (
                <li key={l.path}>
                  <NavLink
                    href={`/${locale}${l.path}`}
                    label={t(l.key as "park")}
                    exact={l.exact}
                    also={l.children?.map((c) => `/${locale}${c.path}`)}
                  />
                </li>
              ))}
            </ul>
          </nav>
          <AccountMenu
            locale={locale}
            initial={user ? { signedIn: true, name: user.name, role: user.role, unread: 0 } : null}
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
      </div>
    </header>
  );
}
