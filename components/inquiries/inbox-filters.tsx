// The inbox's filter form: a plain GET form, so filters live in the URL.
import { getTranslations } from "next-intl/server";
import { INQUIRY_STATUSES, INQUIRY_TOPICS } from "@/lib/domain";
import { LANGUAGE_OPTIONS } from "@/lib/i18n/language-options";
import type { InboxFilter } from "@/lib/validations/inquiry";
import { Button } from "@/components/ui/button";

type Props = { filter: InboxFilter; staff: { id: string; name: string }[] };

export async function InboxFilters({ filter, staff }: Props) {
  const [t, ti] = await Promise.all([getTranslations("inbox"), getTranslations("inquiries")]);
  const select = (name: keyof InboxFilter, label: string, options: { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`f-${name}`}>{label}</label>
      <select id={`f-${name}`} name={name} defaultValue={String(filter[name] ?? "")}>
        <option value="">{t("any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" className="filters" aria-label={t("filters")}>
      <div className="field">
        <label htmlFor="f-q">{t("search")}</label>
        <input id="f-q" name="q" type="search" defaultValue={filter.q ?? ""} />
      </div>
      {select(
        "status",
        ti("status"),
        INQUIRY_STATUSES.map((s) => ({ value: s, label: ti(`statuses.${s}`) })),
      )}
      {select(
        "topic",
        ti("topic"),
        INQUIRY_TOPICS.map((s) => ({ value: s, label: ti(`topics.${s}`) })),
      )}
      {select("assignee", t("assignee"), [
        { value: "none", label: t("unassigned") },
        ...staff.map((s) => ({ value: s.id, label: s.name })),
      ])}
      {select("language", t("language"), LANGUAGE_OPTIONS)}
      <div className="field">
        <label htmlFor="f-from">{t("from")}</label>
        <input id="f-from" name="from" type="date" defaultValue={filter.from ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="f-to">{t("to")}</label>
        <input id="f-to" name="to" type="date" defaultValue={filter.to ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="f-sort">{t("sort")}</label>
        <select id="f-sort" name="sort" defaultValue={filter.sort}>
          <option value="due">{t("dueFirst")}</option>
          <option value="oldest">{t("oldest")}</option>
          <option value="newest">{t("newest")}</option>
        </select>
      </div>
      <Button type="submit">{t("apply")}</Button>
    </form>
  );
}
