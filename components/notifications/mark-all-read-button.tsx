"use client";
// Marks every notification of the signed-in user as read.
import { markAllNotificationsReadAction } from "@/lib/actions/notifications";
import { ActionButton } from "@/components/forms/action-button";

export function MarkAllReadButton({ label }: { label: string }) {
  return <ActionButton action={markAllNotificationsReadAction} label={label} />;
}
