"use client";
// Marks every notification of the signed-in user as read; the header's unread
// count follows at once.
import { markAllNotificationsReadAction } from "@/lib/actions/notifications";
import { useTranslations } from "next-intl";
import { ActionButton } from "@/components/forms/action-button";
import { announceAccountChange } from "@/lib/account-events";

export function MarkAllReadButton({ label }: { label: string }) {
  const t = useTranslations("notifications");
  return (
    <ActionButton action={markAllNotificationsReadAction} label={label} doneText={() => t("allRead")} onDone={announceAccountChange} />
  );
}
