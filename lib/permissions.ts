// Who may do what: the one permission map. Data functions and actions ask
// `can(role, permission)`; proxy.ts only uses it to redirect early.
export const ROLES = ["INVESTOR", "STAFF", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

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
  "audit:read": ["ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return !!role && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** For data functions: refuses (throws) when the role lacks the permission. */
export function assertCan(role: Role | null | undefined, permission: Permission): void {
  if (!can(role, permission)) throw new Error(`forbidden: needs ${permission}`);
}
