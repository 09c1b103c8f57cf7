// The audit log's filters (query string; bad values are dropped).
import { z } from "zod";
import { recordId } from "./ids";
import { calendarDate } from "./primitives";

export const AUDIT_ENTITIES = [
  "Inquiry",
  "Proposal",
  "Resident",
  "User",
  "NewsArticle",
  "FigureValue",
  "AnswerTemplate",
  "ServiceStandard",
  "CalendarEntry",
  "CalendarYear",
  "IncentiveRate",
] as const;

export const auditFilterSchema = z.object({
  actor: recordId.optional().catch(undefined),
  entity: z.enum(AUDIT_ENTITIES).optional().catch(undefined),
  entityId: recordId.optional().catch(undefined),
  from: calendarDate.optional().catch(undefined),
  to: calendarDate.optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
