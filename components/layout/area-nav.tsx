// The section links of the signed-in areas (investor account, back office).
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import { can, type Role } from "@/lib/permissions";

export async function AreaNav({ area, role }: { area: "account" | "staff"; role: Role }) {
  const t = await getTranslations("nav");
  const links =
    area === "staff"
      ? [
          { href: "/staff", label: t("dashboard") },
          { href: "/staff/inquiries", label: t("staffInquiries") },
          { href: "/staff/proposals", label: t("pipeline") },
          ...(can(role, "content:manage")
            ? [
                { href: "/staff/residents", label: t("staffResidents") },
                { href: "/staff/news", label: t("staffNews") },
                { href: "/staff/figures", label: t("staffFigures") },
              ]
            : []),
          ...(can(role, "staff:manage") ? [{ href: "/staff/accounts", label: t("staffAccounts") }] : []),
          ...(can(role, "audit:read") ? [{ href: "/staff/audit", label: t("auditLog") }] : []),
        ]
      : [
          { href: "/account", label: t("account") },
          ...(can(role, "inquiry:own") ? [{ href: "/account/inquiries", label: t("inquiries") }] : []),
          ...(can(role, "proposal:own") ? [{ href: "/account/proposals", label: t("proposals") }] : []),
          { href: "/account/notifications", label: t("notifications") },
          ...(can(role, "backoffice:enter") ? [{ href: "/staff/inquiries", label: t("staffArea") }] : []),
        ];
  return (
    <nav aria-label={area === "staff" ? t("staffArea") : t("account")} className="area-nav">
      <ul>
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href}>{l.label}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
