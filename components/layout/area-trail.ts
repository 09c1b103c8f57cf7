// The first crumbs of an inner page of the account or the back office: the
// area's home, then the list the page belongs to (named as in the area's
// navigation bar), so the breadcrumb and the bar always agree.
import "server-only";
import { getTranslations } from "next-intl/server";
import { areaLinks } from "./area-links";
import { ROLES } from "@/lib/domain";
import type { Crumb } from "@/components/ui/breadcrumbs";

const AREA_HOME = {
  account: { path: "/account", key: "account" },
  staff: { path: "/staff", key: "staffArea" },
} as const;

export async function areaTrail(locale: string, area: keyof typeof AREA_HOME, listPath: string): Promise<Crumb[]> {
  const t = await getTranslations({ locale, namespace: "nav" });
  // Every role's links: the page itself has already checked who may see it.
  const links = ROLES.flatMap((role) => areaLinks(area, role));
  const group = links.find((l) => l.children?.some((c) => c.path === listPath));
  const list = group?.children?.find((c) => c.path === listPath) ?? links.find((l) => l.path === listPath);
  if (!list) throw new Error(`areaTrail: ${listPath} is not in the ${area} navigation`);
  const home = AREA_HOME[area];
  const crumb = (l: { key: string; path: string }) => ({ name: t(l.key as "account"), path: `/${locale}${l.path}` });
  return [{ name: t(home.key), path: `/${locale}${home.path}` }, ...(group ? [crumb(group)] : []), crumb(list)];
}
