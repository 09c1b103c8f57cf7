// Account forms: registration, sign-in, password reset and change, profile.
// Messages are keys of the "validation" catalog, translated where shown.
import { z } from "zod";
import { locales } from "@/lib/i18n/routing";
import { COUNTRY_CODES } from "@/lib/countries";
import { line, requiredLine } from "./primitives";

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: "required" })
  .max(254, { error: "tooLong" })
  .pipe(z.email({ error: "email" }));

// At least 10 characters with a letter and a digit: long enough to resist
// guessing without rules people work around. Max 128 bounds the hashing cost.
export const newPassword = z
  .string()
  .min(10, { error: "passwordTooShort" })
  .max(128, { error: "tooLong" })
  .refine((p) => /\p{L}/u.test(p) && /\p{N}/u.test(p), { error: "passwordLettersDigits" });

const name = requiredLine(120);
const company = line(200);
// An ISO 3166-1 code, chosen from the localized list (components/forms/country-field.tsx).
const country = z
  .string()
  .trim()
  .toUpperCase()
  .pipe(z.enum(COUNTRY_CODES, { error: "country" }));

export const profileSchema = z.object({
  name,
  company,
  country,
  locale: z.enum(locales, { error: "choose" }),
});

export const registerSchema = profileSchema
  .extend({ email, password: newPassword, passwordConfirm: z.string() })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], error: "passwordMismatch" })
  .refine((v) => v.password.toLowerCase() !== v.email, { path: ["password"], error: "passwordIsEmail" });

export const signInSchema = z.object({
  email,
  password: z.string().min(1, { error: "required" }).max(128, { error: "tooLong" }),
});

// "Forgot password" and "send a new confirmation link": an address only.
export const accountLinkSchema = z.object({ email });

// A new password set through an e-mailed single-use link (reset or staff invitation).
export const tokenPasswordSchema = z
  .object({
    token: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, { error: "linkInvalid" }),
    password: newPassword,
    passwordConfirm: z.string().max(128),
  })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], error: "passwordMismatch" });

export const changePasswordSchema = z
  .object({ currentPassword: z.string().min(1, { error: "required" }).max(128), password: newPassword, passwordConfirm: z.string() })
  .refine((v) => v.password === v.passwordConfirm, { path: ["passwordConfirm"], error: "passwordMismatch" });

export type RegisterInput = z.input<typeof registerSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
