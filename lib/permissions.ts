// Who may do what: the one permission map. Data functions and actions ask
// `can(role, permission)`; proxy.ts only uses it to redirect early.
import { ROLES, type Role } from "@/lib/domain";

export { ROLES, type Role };

export const PERMISSIONS = {
  // An investor's own inquiries (ownership is checked in every query as well).
  "inquiry:own": ["INVESTOR"],
  // An investor's own proposals and their documents.
  "proposal:own": ["INVESTOR"],
  // The proposal pipeline: review, decide, notes, export, resident listings.
  "proposal:review": ["STAFF", "ADMIN"],
  // The staff inbox: read every inquiry, assign, reply, notes, status.
  "inquiry:triage": ["STAFF", "ADMIN"],
  "backoffice:enter": ["STAFF", "ADMIN"],
  // Residents, news and park figures.
  "content:manage": ["STAFF", "ADMIN"],
  "staff:manage": ["ADMIN"],
  // Service standards, business calendars and answer templates (the service clock).
  "service:manage": ["ADMIN"],
  "audit:read": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** The roles a staff account can have: those that enter the back office. */
export const STAFF_ROLES = PERMISSIONS["backoffice:enter"];
export type StaffRole = (typeof STAFF_ROLES)[number];

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** The roles that hold a permission: for queries such as "who can be assigned", never a hand-written list. */
export function rolesWith(permission: Permission): Role[] {
  return [...PERMISSIONS[permission]];
}

/** For data functions: refuses (throws) when the role lacks the permission. */
export function assertCan(role: Role | null | undefined, permission: Permission): void {
  if (!can(role, permission)) throw new Error(`forbidden: needs ${permission}`);
}
