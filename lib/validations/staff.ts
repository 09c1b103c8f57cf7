// Admin forms for staff accounts.
import { z } from "zod";
import { locales } from "@/lib/i18n/routing";
import { STAFF_ROLES } from "@/lib/permissions";
import { email } from "./account";
import { requiredLine } from "./primitives";

export const inviteStaffSchema = z.object({
  email,
  name: requiredLine(120),
  role: z.enum(STAFF_ROLES, { error: "choose" }),
  locale: z.enum(locales, { error: "choose" }),
});

export const staffRoleSchema = z.object({ role: z.enum(STAFF_ROLES, { error: "choose" }) });
