"use client";
// The investor closes their own inquiry.
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { ActionButton } from "@/components/forms/action-button";

export function CloseInquiryButton({ action }: { action: () => Promise<ActionResult> }) {
  const t = useTranslations("inquiries");
  const ti = useTranslations("inbox");
  return <ActionButton action={action} label={t("close")} doneText={() => ti("closed")} />;
}
