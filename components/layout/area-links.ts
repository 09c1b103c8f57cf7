// The links of each area's one navigation bar: the public site, the investor's
// account, the back office (by permission, never a hand-written role list).
import { can, type Role } from "@/lib/permissions";

export type Area = "public" | "account" | "staff";
export type AreaLink = { path: string; key: string; exact?: boolean };

export function areaLinks(area: Area, role?: Role): AreaLink[] {
  if (area === "staff")
    return [
      { path: "/staff", key: "dashboard", exact: true },
      { path: "/staff/inquiries", key: "staffInquiries" },
      { path: "/staff/proposals", key: "pipeline" },
      ...(can(role, "content:manage")
        ? [
            { path: "/staff/residents", key: "staffResidents" },
            { path: "/staff/news", key: "staffNews" },
            { path: "/staff/figures", key: "staffFigures" },
          ]
        : []),
      ...(can(role, "service:manage") ? [{ path: "/staff/templates", key: "staffTemplates" }] : []),
      ...(can(role, "staff:manage") ? [{ path: "/staff/accounts", key: "staffAccounts" }] : []),
      ...(can(role, "audit:read") ? [{ path: "/staff/audit", key: "auditLog" }] : []),
    ];
  if (area === "account")
    return [
      { path: "/account", key: "account", exact: true },
      ...(can(role, "inquiry:own") ? [{ path: "/account/inquiries", key: "inquiries" }] : []),
      ...(can(role, "proposal:own") ? [{ path: "/account/proposals", key: "proposals" }] : []),
      { path: "/account/notifications", key: "notifications" },
      ...(can(role, "backoffice:enter") ? [{ path: "/staff/inquiries", key: "staffArea" }] : []),
    ];
  return [
    { path: "/park", key: "park" },
    { path: "/residents", key: "residents" },
    { path: "/news", key: "news" },
    { path: "/contacts", key: "contacts" },
  ];
}
