"use server";
// An investor sends an inquiry (at most LIMITS.inquiriesPerAccount an hour).
import { createInquiry } from "@/lib/data/inquiries";
import { can } from "@/lib/permissions";
import { hitLimit } from "@/lib/rate-limit";
import { getCurrentUser } from "@/lib/session";
import { inquirySchema } from "@/lib/validations/inquiry";
import { fail, invalid, type ActionResult } from "@/lib/actions/result";

export async function createInquiryAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const user = await getCurrentUser();
  if (!user) return fail("signedOut");
  if (!can(user.role, "inquiry:own")) return fail("forbidden");
  const parsed = inquirySchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  if (!(await hitLimit("inquiriesPerAccount", user.id)).allowed) return fail("rateLimited");
  return { ok: true, data: { id: await createInquiry(user, parsed.data) } };
}
