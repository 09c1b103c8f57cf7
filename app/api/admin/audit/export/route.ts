// CSV export of the audit log (admins only), same filters as the page.
import { exportAuditCsv } from "@/lib/data/audit-log";
import { getUserWith } from "@/lib/session";
import { auditFilterSchema } from "@/lib/validations/audit";

export async function GET(request: Request) {
  const user = await getUserWith("audit:read");
  if (!user) return new Response("Not found", { status: 404 });
  const csv = await exportAuditCsv(user, auditFilterSchema.parse(Object.fromEntries(new URL(request.url).searchParams)));
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
