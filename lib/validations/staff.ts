// Admin forms for staff accounts.
import { z } from "zod";
import { locales } from "@/lib/i18n/routing";
import { STAFF_ROLES } from "@/lib/permissions";
import { email } from "./account";

export const inviteStaffSchema = z.object({
  email,
  name: z.string().trim().min(1, { error: "required" }).max(120, { error: "tooLong" }),
  role: z.enum(STAFF_ROLES, { error: "choose" }),
  locale: z.enum(locales, { error: "choose" }),
});

export const staffRoleSchema = z.object({ role: z.enum(STAFF_ROLES, { error: "choose" }) });
