"use client";
// "Sign out everywhere else": ends every other session of this account (another
// browser, a lost phone); this one stays signed in. The outcome is announced.
import { useTranslations } from "next-intl";
import { signOutOtherSessionsAction } from "@/lib/actions/account/sign-out-others";
import { ActionButton } from "@/components/forms/action-button";

export function SignOutOthersButton() {
  const t = useTranslations("account");
  return (
    <ActionButton
      action={signOutOtherSessionsAction}
      label={t("signOutOthers")}
      doneText={(data) => t("signOutOthersDone", { count: data?.ended ?? 0 })}
    />
  );
}
