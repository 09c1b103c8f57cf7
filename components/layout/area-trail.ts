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
  const list = ROLES.flatMap((role) => areaLinks(area, role)).find((l) => l.path === listPath);
  if (!list) throw new Error(`areaTrail: ${listPath} is not in the ${area} navigation`);
  const home = AREA_HOME[area];
  return [
    { name: t(home.key), path: `/${locale}${home.path}` },
    { name: t(list.key as "account"), path: `/${locale}${list.path}` },
  ];
}
