import type { Metadata } from "next";
import { MinskTime } from "@/components/ui/minsk-time";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { listAuditActors, listAuditEntries } from "@/lib/data/audit-log";
import { requirePermission } from "@/lib/session";
import { AuditSentence } from "@/components/staff/audit-sentence";
import { firstValues } from "@/lib/validations/query";
import { AUDIT_ENTITIES, auditFilterSchema } from "@/lib/validations/audit";
import { TableScroll } from "@/components/ui/table-scroll";
import { PageHeader } from "@/components/ui/page-header";
import { Button, buttonClass } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import { SectionTabs } from "@/components/layout/section-tabs";
import { adminLinks } from "@/components/layout/area-links";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "audit" });
  return { title: t("title") };
}

const json = (v: unknown) => (v == null ? "" : JSON.stringify(v));

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, `/${locale}/staff/audit`, "audit:read");
  const raw = firstValues(await searchParams);
  const filter = auditFilterSchema.parse(raw);
  const [t, entries, actors] = await Promise.all([getTranslations("audit"), listAuditEntries(user, filter, locale), listAuditActors(user)]);
  const query = new URLSearchParams(raw).toString();
  return (
    <>
      <SectionTabs label="staffAdmin" links={adminLinks(user.role)} current="/staff/audit" />
      <PageHeader title={t("title")} lead={t("lead")} />
      <form method="get" className="filters">
        <div className="field">
          <label htmlFor="a-actor">{t("actor")}</label>
          <select id="a-actor" name="actor" defaultValue={filter.actor ?? ""}>
            <option value="">{t("any")}</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="a-entity">{t("entity")}</label>
          <select id="a-entity" name="entity" defaultValue={filter.entity ?? ""}>
            <option value="">{t("any")}</option>
            {AUDIT_ENTITIES.map((e) => (
              <option key={e} value={e}>
                {e}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="a-id">{t("entityId")}</label>
          <input id="a-id" name="entityId" defaultValue={filter.entityId ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="a-from">{t("from")}</label>
          <input id="a-from" name="from" type="date" defaultValue={filter.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="a-to">{t("to")}</label>
          <input id="a-to" name="to" type="date" defaultValue={filter.to ?? ""} />
        </div>
        <Button type="submit">{t("apply")}</Button>
      </form>
      <p>
        <a className={buttonClass("secondary")} href={`/api/admin/audit/export${query ? `?${query}` : ""}`}>
          {t("export")}
        </a>
      </p>
      {entries.length === 0 ? (
        <EmptyState>{t("empty")}</EmptyState>
      ) : (
        <TableScroll label={t("title")}>
          <table className="data-table audit-table">
            <thead>
              <tr>
                <th scope="col">{t("time")}</th>
                <th scope="col">{t("what")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <td>
                    <MinskTime date={e.createdAt} dateStyle="short" />
                  </td>
                  <td>
                    <p className="audit-sentence">
                      <AuditSentence entry={e} />
                    </p>
                    <details>
                      <summary>{t("raw")}</summary>
                      <dl className="facts">
                        <div className="fact-row">
                          <dt>{t("action")}</dt>
                          <dd>
                            <code>{e.action}</code>
                          </dd>
                        </div>
                        <div className="fact-row">
                          <dt>{t("entity")}</dt>
                          <dd>
                            {e.entityType} <code>{e.entityId}</code>
                          </dd>
                        </div>
                        <div className="fact-row">
                          <dt>{t("before")}</dt>
                          <dd>
                            <code>{json(e.before)}</code>
                          </dd>
                        </div>
                        <div className="fact-row">
                          <dt>{t("after")}</dt>
                          <dd>
                            <code>{json(e.after)}</code>
                          </dd>
                        </div>
                      </dl>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
