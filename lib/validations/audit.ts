// The audit log's filters (query string; bad values are dropped).
import { z } from "zod";

export const AUDIT_ENTITIES = ["Inquiry", "Proposal", "Resident", "User", "NewsArticle", "FigureValue"] as const;

export const auditFilterSchema = z.object({
  actor: z.string().max(40).optional().catch(undefined),
  entity: z.enum(AUDIT_ENTITIES).optional().catch(undefined),
  entityId: z.string().max(40).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
