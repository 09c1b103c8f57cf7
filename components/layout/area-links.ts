// The links of each area's one navigation bar: the public site, the investor's
// account, the back office (by permission, never a hand-written role list).
import { can, type Role } from "@/lib/permissions";

export type Area = "public" | "account" | "staff";
export type AreaLink = { path: string; key: string; exact?: boolean; children?: AreaLink[] };

/** The admin's pages, one entry in the bar ("Administration") with tabs on its pages: nine links would not fit one row. */
export function adminLinks(role?: Role): AreaLink[] {
  return [
    ...(can(role, "staff:manage") ? [{ path: "/staff/accounts", key: "staffAccounts" }] : []),
    ...(can(role, "service:manage")
      ? [
          { path: "/staff/templates", key: "staffTemplates" },
          { path: "/staff/service-clock", key: "staffServiceClock" },
        ]
      : []),
    ...(can(role, "audit:read") ? [{ path: "/staff/audit", key: "auditLog" }] : []),
  ];
}

/** Park figures and the incentive calculator's rates: one entry in the bar, with tabs on both pages. */
export const figureLinks: AreaLink[] = [
  { path: "/staff/figures", key: "staffFigures" },
  { path: "/staff/incentive-rates", key: "staffIncentiveRates" },
];

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
            { path: "/staff/figures", key: "staffFigures", children: figureLinks },
          ]
        : []),
      ...(adminLinks(role).length ? [{ path: adminLinks(role)[0].path, key: "staffAdmin", children: adminLinks(role) }] : []),
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
