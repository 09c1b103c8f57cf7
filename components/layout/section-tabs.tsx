// The tabs across the pages that share one entry in the back office's bar: the
// admin's pages ("Administration") and the figures with the calculator's rates.
import { getTranslations } from "next-intl/server";
import { Tabs } from "@/components/ui/tabs";
import type { AreaLink } from "./area-links";

export async function SectionTabs({ label, links, current }: { label: "staffAdmin" | "staffFigures"; links: AreaLink[]; current: string }) {
  const t = await getTranslations("nav");
  return (
    <Tabs
      label={t(label)}
      tabs={links.map((l) => ({ href: l.path as "/staff/audit", label: t(l.key as "auditLog"), current: l.path === current }))}
    />
  );
}
