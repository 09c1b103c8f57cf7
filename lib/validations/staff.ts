// Admin forms for staff accounts.
import { z } from "zod";
import { locales } from "@/lib/i18n/routing";
import { email, newPassword } from "./account";

export const inviteStaffSchema = z.object({
  email,
  name: z.string().trim().min(1, { error: "required" }).max(120, { error: "tooLong" }),
  role: z.enum(["STAFF", "ADMIN"], { error: "choose" }),
  locale: z.enum(locales, { error: "choose" }),
});

export const staffRoleSchema = z.object({ role: z.enum(["STAFF", "ADMIN"], { error: "choose" }) });

export const acceptInviteSchema = z
  .object({ token: z.string().min(1).max(100), password: newPassword, passwordConfirm: z.string() })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], error: "passwordMismatch" });
