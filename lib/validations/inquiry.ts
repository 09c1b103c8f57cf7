// Inquiry forms (investor and staff) and the staff inbox's query string.
import { z } from "zod";
import { INQUIRY_STATUSES, INQUIRY_TOPICS } from "@/lib/domain";
import { MANUAL_INQUIRY_EVENTS } from "@/lib/inquiry-state";
import { locales } from "@/lib/i18n/routing";
import { recordId } from "./ids";
import { calendarDate, line, paragraphs, requiredLine } from "./primitives";
import { email } from "./account";

// Made by the form when it opens and sent with every submit of it.
export const clientKey = z.string().uuid({ error: "required" });

const body = paragraphs(10_000).pipe(z.string().min(1, { error: "required" }));
const topic = z.enum(INQUIRY_TOPICS, { error: "choose" });
const subject = line(200).pipe(z.string().min(3, { error: "tooShort" }));

export const inquirySchema = z.object({
  topic,
  subject,
  message: body,
  contactLocale: z.union([z.enum(locales), z.literal("")]).optional(),
  clientKey,
});

// The public contact form: no account. The same topic, subject and message as an
// investor's inquiry, plus who is writing. `website` is a honeypot: a field
// people never see (hidden from view and from assistive technology) that form
// robots fill in; a message with it set is dropped without a word.
export const guestContactSchema = z.object({
  name: requiredLine(120),
  company: line(200),
  email,
  topic,
  subject,
  message: body,
  contactLocale: z.enum(locales, { error: "choose" }),
  website: z.string().max(500).optional(),
});

export const messageSchema = z.object({ body, clientKey });

export const statusChangeSchema = z.object({
  event: z.enum(MANUAL_INQUIRY_EVENTS, { error: "choose" }),
  reason: paragraphs(500).optional(),
});

/** "" unassigns. */
export const assignSchema = z.object({ assigneeId: z.union([z.literal(""), recordId], { error: "choose" }) });

// The inbox filters: bad values are dropped, never a 500.
export const inboxFilterSchema = z.object({
  status: z.enum(INQUIRY_STATUSES).optional().catch(undefined),
  topic: z.enum(INQUIRY_TOPICS).optional().catch(undefined),
  assignee: z
    .union([z.literal("none"), recordId])
    .optional()
    .catch(undefined),
  language: z.enum(locales).optional().catch(undefined),
  from: calendarDate.optional().catch(undefined),
  to: calendarDate.optional().catch(undefined),
  q: line(100).optional().catch(undefined),
  sort: z.enum(["due", "oldest", "newest"]).default("due").catch("due"),
});

export type InquiryInput = z.input<typeof inquirySchema>;
export type GuestContactInput = z.output<typeof guestContactSchema>;
export type InboxFilter = z.infer<typeof inboxFilterSchema>;
