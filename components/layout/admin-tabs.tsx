// The tabs across the admin's pages (staff accounts, answer templates, audit
// log), which share one entry in the back office's bar.
import { getTranslations } from "next-intl/server";
import { Tabs } from "@/components/ui/tabs";
import type { Role } from "@/lib/permissions";
import { adminLinks } from "./area-links";

export async function AdminTabs({ role, current }: { role: Role; current: string }) {
  const t = await getTranslations("nav");
  return (
    <Tabs
      label={t("staffAdmin")}
      tabs={adminLinks(role).map((l) => ({ href: l.path as "/staff/audit", label: t(l.key as "auditLog"), current: l.path === current }))}
    />
  );
}
