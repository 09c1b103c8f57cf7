// The SMTP transport, from SMTP_URL (e.g. smtp://user:pass@host:587).
import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

let transport: Transporter | undefined;

export function smtpTransport(): Transporter {
  transport ??= nodemailer.createTransport(env.SMTP_URL);
  return transport;
}
