"use server";
// An investor sends an inquiry (at most LIMITS.inquiriesPerAccount an hour).
import { createInquiry } from "@/lib/data/inquiries";
import { ok } from "@/lib/data/result";
import { inquirySchema } from "@/lib/validations/inquiry";
import { defineAction } from "@/lib/actions/define-action";

export const createInquiryAction = defineAction(
  { access: "inquiry:own", input: inquirySchema, rateLimit: { name: "inquiriesPerAccount", per: "user" } },
  async ({ user, input }) => ok({ id: await createInquiry(user, input) }),
  { data: ({ id }) => ({ id }) },
);
