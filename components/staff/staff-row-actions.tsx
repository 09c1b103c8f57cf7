"use client";
// Per-person admin controls: role and (de)activation. A role is chosen, then
// saved (choosing alone changes nothing); deactivation asks first. Each outcome
// is announced.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { changeStaffRoleAction, setStaffActiveAction } from "@/lib/actions/staff/staff-accounts";
import { FormMessage } from "@/components/forms/form-message";
import { useConfirmDialog } from "@/components/ui/confirm-dialog";
import { STAFF_ROLES, type StaffRole } from "@/lib/permissions";
import { Button } from "@/components/ui/button";

type Props = { id: string; name: string; role: StaffRole; active: boolean };

export function StaffRowActions({ id, name, role, active }: Props) {
  const t = useTranslations("staffAdmin");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [chosen, setChosen] = useState<StaffRole>(role);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { confirm, dialog } = useConfirmDialog();
  const run = (work: () => Promise<{ ok: boolean; formError?: string }>, doneText: string) =>
    start(async () => {
      setError(null);
      setDone(null);
      const r = await work().catch(() => ({ ok: false, formError: "unexpected" }));
      if (!r.ok) return setError(r.formError ?? "unexpected");
      setDone(doneText);
      router.refresh();
    });
  const toggleActive = async () => {
    if (active) {
      const yes = await confirm({
        title: t("deactivateTitle", { name }),
        body: t("deactivateBody"),
        confirmLabel: t("deactivate"),
      });
      if (!yes) return;
    }
    run(() => setStaffActiveAction(id, !active), active ? t("deactivated", { name }) : t("reactivated", { name }));
  };
  return (
    <div className="row-actions">
      <label className="visually-hidden" htmlFor={`role-${id}`}>
        {t("changeRole")}: {name}
      </label>
      <select id={`role-${id}`} value={chosen} disabled={pending} onChange={(e) => setChosen(e.target.value as StaffRole)}>
        {STAFF_ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      <Button
        type="button"
        variant="secondary"
        disabled={pending || chosen === role}
        aria-label={`${t("saveRole")}: ${name}`}
        onClick={() => run(() => changeStaffRoleAction(id, { role: chosen }), t("roleChanged", { name, role: t(`roles.${chosen}`) }))}
      >
        {t("saveRole")}
      </Button>
      <Button
        type="button"
        variant={active ? "danger" : "secondary"}
        disabled={pending}
        aria-label={`${active ? t("deactivate") : t("reactivate")}: ${name}`}
        onClick={toggleActive}
      >
        {active ? t("deactivate") : t("reactivate")}
      </Button>
      <FormMessage error={error} success={done} />
      {dialog}
    </div>
  );
}
