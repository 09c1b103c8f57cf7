// The pipeline's filters: a GET form, so the URL holds them (and the CSV export
// link reuses the same query).
import { getTranslations } from "next-intl/server";
import { SECTORS } from "@/lib/domain";
import { STAFF_VISIBLE_STATUSES } from "@/lib/proposal-state";
import type { PipelineFilter } from "@/lib/validations/proposal";
import { Button } from "@/components/ui/button";

export async function PipelineFilters({ filter, staff }: { filter: PipelineFilter; staff: { id: string; name: string }[] }) {
  const [t, tp, ti, ts] = await Promise.all([
    getTranslations("pipeline"),
    getTranslations("proposals"),
    getTranslations("inbox"),
    getTranslations("sectors"),
  ]);
  const value = (k: keyof PipelineFilter) => (filter[k] === undefined ? "" : String(filter[k]));
  const select = (name: keyof PipelineFilter, label: string, options: { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`p-${name}`}>{label}</label>
      <select id={`p-${name}`} name={name} defaultValue={value(name)}>
        <option value="">{ti("any")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  const input = (name: keyof PipelineFilter, label: string, type = "text") => (
    <div className="field">
      <label htmlFor={`p-${name}`}>{label}</label>
      <input id={`p-${name}`} name={name} type={type} defaultValue={value(name)} />
    </div>
  );
  return (
    <form method="get" className="filters" aria-label={ti("filters")}>
      {input("q", ti("search"), "search")}
      {select(
        "status",
        tp("status"),
        STAFF_VISIBLE_STATUSES.map((s) => ({ value: s, label: tp(`statuses.${s}`) })),
      )}
      {select(
        "sector",
        tp("sector"),
        SECTORS.map((s) => ({ value: s, label: ts(s) })),
      )}
      {input("country", t("country"))}
      {input("min", t("minUsd"), "number")}
      {input("max", t("maxUsd"), "number")}
      {select("assignee", ti("assignee"), [
        { value: "none", label: ti("unassigned") },
        ...staff.map((s) => ({ value: s.id, label: s.name })),
      ])}
      {input("olderThanDays", t("olderThan"), "number")}
      <Button type="submit">{t("apply")}</Button>
    </form>
  );
}
