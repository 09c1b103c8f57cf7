// next-intl's typed messages: every t("key") is checked by tsc against the English
// catalog (the other catalogs are checked for the same keys by a Vitest test).
import type messages from "./lib/i18n/messages/en.json";

declare module "next-intl" {
  interface AppConfig {
    Messages: typeof messages;
  }
}
