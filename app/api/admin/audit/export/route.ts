// CSV export of the audit log (admins only), same filters as the page.
import { defineRoute } from "@/lib/boundary/define-route";
import { exportAuditCsv } from "@/lib/data/audit-log";
import { csvResponse } from "@/lib/csv";
import { auditFilterSchema } from "@/lib/validations/audit";

export const GET = defineRoute({ access: "audit:read", hideFromOthers: true, query: auditFilterSchema }, async ({ user, query }) =>
  csvResponse(await exportAuditCsv(user, query), "audit"),
);
