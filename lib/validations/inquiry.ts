// Inquiry forms (investor and staff) and the staff inbox's query string.
import { z } from "zod";
import { INQUIRY_STATUSES, INQUIRY_TOPICS } from "@/lib/domain";
import { MANUAL_INQUIRY_EVENTS } from "@/lib/inquiry-state";
import { locales } from "@/lib/i18n/routing";

// Made by the form when it opens and sent with every submit of it.
export const clientKey = z.string().uuid({ error: "required" });

const body = z.string().trim().min(1, { error: "required" }).max(10_000, { error: "tooLong" });

export const inquirySchema = z.object({
  topic: z.enum(INQUIRY_TOPICS, { error: "choose" }),
  subject: z.string().trim().min(3, { error: "tooShort" }).max(200, { error: "tooLong" }),
  message: body,
  contactLocale: z.union([z.enum(locales), z.literal("")]).optional(),
  clientKey,
});

export const messageSchema = z.object({ body, clientKey });

export const statusChangeSchema = z.object({
  event: z.enum(MANUAL_INQUIRY_EVENTS, { error: "choose" }),
  reason: z.string().trim().max(500, { error: "tooLong" }).optional(),
});

export const assignSchema = z.object({ assigneeId: z.string().max(40) });

// The inbox filters: bad values are dropped, never a 500.
export const inboxFilterSchema = z.object({
  status: z.enum(INQUIRY_STATUSES).optional().catch(undefined),
  topic: z.enum(INQUIRY_TOPICS).optional().catch(undefined),
  assignee: z.string().max(40).optional().catch(undefined),
  language: z.enum(locales).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  sort: z.enum(["oldest", "newest"]).default("oldest").catch("oldest"),
});

export type InquiryInput = z.input<typeof inquirySchema>;
export type InboxFilter = z.infer<typeof inboxFilterSchema>;
