"use client";
// "Sign out everywhere else": ends every other session of this account (another
// browser, a lost phone); this one stays signed in. The outcome is announced.
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { signOutOtherSessionsAction } from "@/lib/actions/account/sign-out-others";
import { FormMessage } from "@/components/forms/form-message";

export function SignOutOthersButton() {
  const t = useTranslations("account");
  const [pending, start] = useTransition();
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <button
        type="button"
        className="button button-secondary"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await signOutOtherSessionsAction();
            if (result.ok) {
              setError(null);
              setDone(t("signOutOthersDone", { count: result.data?.ended ?? 0 }));
            } else setError(result.formError ?? "unexpected");
          })
        }
      >
        {t("signOutOthers")}
      </button>
      <FormMessage error={error} success={done} />
    </div>
  );
}
