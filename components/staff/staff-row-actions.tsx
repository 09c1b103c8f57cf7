"use client";
// Per-person admin controls: role and (de)activation.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { changeStaffRoleAction, setStaffActiveAction } from "@/lib/actions/staff/staff-accounts";
import { FormMessage } from "@/components/forms/form-message";
import { STAFF_ROLES, type StaffRole } from "@/lib/permissions";

export function StaffRowActions({ id, name, role, active }: { id: string; name: string; role: "STAFF" | "ADMIN"; active: boolean }) {
  const t = useTranslations("staffAdmin");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (work: () => Promise<{ ok: boolean; formError?: string }>) =>
    start(async () => {
      const r = await work();
      if (r.ok) router.refresh();
      else setError(r.formError ?? "unexpected");
    });
  return (
    <div className="row-actions">
      <label className="visually-hidden" htmlFor={`role-${id}`}>
        {t("changeRole")}: {name}
      </label>
      <select
        id={`role-${id}`}
        defaultValue={role}
        disabled={pending}
        onChange={(e) => run(() => changeStaffRoleAction(id, { role: e.target.value as StaffRole }))}
      >
        {STAFF_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button button-secondary"
        disabled={pending}
        aria-label={`${active ? t("deactivate") : t("reactivate")}: ${name}`}
        onClick={() => run(() => setStaffActiveAction(id, !active))}
      >
        {active ? t("deactivate") : t("reactivate")}
      </button>
      <FormMessage error={error} />
    </div>
  );
}
