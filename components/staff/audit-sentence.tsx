// One audit entry as a sentence: who did what to which record, the record
// linked to its back-office page. Actions without a sentence of their own (a
// new one, before its words are written) still read as actor, code and record.
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/components/ui/locale-link";
import type { AuditRecord } from "@/lib/data/audit-records";

type Entry = { action: string; after: unknown; actor: { name: string }; record: AuditRecord; assignee: string | null };

export async function AuditSentence({ entry }: { entry: Entry }) {
  const [t, ts] = await Promise.all([getTranslations("audit"), getTranslations("staffAdmin")]);
  const role = (entry.after as { role?: string } | null)?.role;
  const key = `actions.${entry.action}` as "actions.staff.role";
  const values = {
    actor: entry.actor.name,
    record: entry.record.label,
    action: entry.action,
    assignee: entry.assignee ?? "",
    hasAssignee: entry.assignee ? "yes" : "no",
    role: role === "STAFF" || role === "ADMIN" ? ts(`roles.${role}`) : (role ?? ""),
    link: (chunks: React.ReactNode) => (entry.record.href ? <Link href={entry.record.href}>{chunks}</Link> : <strong>{chunks}</strong>),
  };
  return t.has(key) ? t.rich(key, values) : t.rich("actions.other", values);
}
