"use client";
// The admin's forms for the service clock: one standard's days, a calendar day,
// a calendar year, and removing a day. Each refreshes the page when saved.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import {
  changeStandardAction,
  removeCalendarEntryAction,
  saveCalendarEntryAction,
  saveCalendarYearAction,
} from "@/lib/actions/staff/service-settings";
import {
  calendarEntrySchema,
  calendarYearSchema,
  EDITABLE_CALENDARS,
  standardChangeSchema,
  type standardKeySchema,
} from "@/lib/validations/service-clock";
import { CALENDAR_DAY_KINDS, CALENDAR_YEAR_STATUSES } from "@/lib/domain";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormMessage } from "@/components/forms/form-message";
import { ActionButton } from "@/components/forms/action-button";
import { TextField } from "@/components/ui/text-field";
import { ChoiceField } from "@/components/ui/choice-field";
import { Button } from "@/components/ui/button";
import type { z } from "zod";

export function StandardForm({
  standardKey,
  label,
  targetDays,
  investorDays,
}: {
  standardKey: z.input<typeof standardKeySchema>;
  label: string;
  targetDays: number;
  investorDays: number;
}) {
  const t = useTranslations("serviceSettings");
  const router = useRouter();
  const { form, onSubmit, formError, done } = useActionForm(
    standardChangeSchema,
    changeStandardAction.bind(null, standardKey),
    { targetDays: String(targetDays), investorDays: String(investorDays) },
    () => router.refresh(),
  );
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="form form-grid" aria-label={label}>
      <TextField label={t("target")} inputMode="numeric" registration={form.register("targetDays")} error={e.targetDays} />
      <TextField label={t("investorDays")} inputMode="numeric" registration={form.register("investorDays")} error={e.investorDays} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("save")}
      </Button>
      <FormMessage error={formError} success={done && !formError ? t("saved") : null} />
    </form>
  );
}

export function CalendarEntryForm() {
  const t = useTranslations("serviceSettings");
  const router = useRouter();
  const empty = { calendar: "MINSK" as const, date: "", kind: "HOLIDAY" as const, nameEn: "", nameRu: "", nameZh: "", sourceUrl: "" };
  const { form, onSubmit, formError, done } = useActionForm(calendarEntrySchema, saveCalendarEntryAction, empty, (_d, f) => {
    f.reset(empty);
    router.refresh();
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="form form-grid" aria-label={t("addEntry")}>
      <ChoiceField
        label={t("calendar")}
        registration={form.register("calendar")}
        error={e.calendar}
        options={EDITABLE_CALENDARS.map((c) => ({ value: c, label: t(`calendarNames.${c}`) }))}
      />
      <TextField label={t("date")} type="date" registration={form.register("date")} error={e.date} />
      <ChoiceField
        label={t("kind")}
        registration={form.register("kind")}
        error={e.kind}
        options={CALENDAR_DAY_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <TextField label={t("nameEn")} registration={form.register("nameEn")} error={e.nameEn} />
      <TextField label={t("nameRu")} registration={form.register("nameRu")} error={e.nameRu} />
      <TextField label={t("nameZh")} registration={form.register("nameZh")} error={e.nameZh} />
      <TextField label={t("sourceUrl")} type="url" registration={form.register("sourceUrl")} error={e.sourceUrl} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("addEntry")}
      </Button>
      <FormMessage error={formError} success={done && !formError ? t("entrySaved") : null} />
    </form>
  );
}

export function CalendarYearForm() {
  const t = useTranslations("serviceSettings");
  const router = useRouter();
  const empty = { calendar: "BEIJING" as const, year: "", status: "CONFIRMED" as const, sourceTitle: "", sourceUrl: "" };
  const { form, onSubmit, formError, done } = useActionForm(calendarYearSchema, saveCalendarYearAction, empty, (_d, f) => {
    f.reset(empty);
    router.refresh();
  });
  const e = form.formState.errors;
  return (
    <form onSubmit={onSubmit} noValidate className="form form-grid" aria-label={t("setYear")}>
      <ChoiceField
        label={t("calendar")}
        registration={form.register("calendar")}
        error={e.calendar}
        options={EDITABLE_CALENDARS.map((c) => ({ value: c, label: t(`calendarNames.${c}`) }))}
      />
      <TextField label={t("year")} inputMode="numeric" registration={form.register("year")} error={e.year} />
      <ChoiceField
        label={t("status")}
        registration={form.register("status")}
        error={e.status}
        options={CALENDAR_YEAR_STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
      />
      <TextField label={t("sourceTitle")} registration={form.register("sourceTitle")} error={e.sourceTitle} />
      <TextField label={t("sourceUrl")} type="url" registration={form.register("sourceUrl")} error={e.sourceUrl} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {t("setYear")}
      </Button>
      <FormMessage error={formError} success={done && !formError ? t("yearSaved") : null} />
    </form>
  );
}

export function RemoveEntryButton({ calendar, date, label }: { calendar: "MINSK" | "BEIJING"; date: string; label: string }) {
  const t = useTranslations("serviceSettings");
  return (
    <ActionButton
      action={() => removeCalendarEntryAction({ calendar, date })}
      label={t("remove")}
      ariaLabel={label}
      doneText={() => t("removed")}
    />
  );
}
