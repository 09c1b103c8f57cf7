// Statements in the portal's own words, each followed by the numbers of its
// sources in the page's list (components/sources/source-list.tsx).
import { getLocale, getTranslations } from "next-intl/server";
import { statementsOf, type SectionOf, type Statement, type StatementPage } from "@/lib/content/statements";
import type { SourceId } from "@/lib/content/sources";

type Props<P extends StatementPage> = {
  page: P;
  section: SectionOf<P>;
  numbers: Map<SourceId, number>;
  /** One paragraph of sentences, or one list item per statement. */
  as?: "p" | "ul";
  className?: string;
};

export async function CitedStatements<P extends StatementPage>({ page, section, numbers, as = "p", className }: Props<P>) {
  const t = await getTranslations();
  const statements = statementsOf(page, section);
  const rendered = statements.map((s) => (
    <CitedStatement key={s.key} statement={s} numbers={numbers} text={t(`statements.${s.key}` as never)} />
  ));
  if (as === "ul")
    return (
      <ul className={className ?? "cited-list"}>
        {rendered.map((r) => (
          <li key={r.key}>{r}</li>
        ))}
      </ul>
    );
  return <p className={className}>{rendered}</p>;
}

async function CitedStatement({ statement, numbers, text }: { statement: Statement; numbers: Map<SourceId, number>; text: string }) {
  const [t, locale] = await Promise.all([getTranslations("sources"), getLocale()]);
  return (
    <span data-statement={statement.key}>
      {text}
      <sup className="cite">
        {statement.sources.map((id) => {
          const n = numbers.get(id);
          if (n === undefined) throw new Error(`Source ${id} of ${statement.key} is not numbered on this page`);
          return (
            <a key={id} href={`#source-${n}`} aria-label={t("reference", { n })}>
              [{n}]
            </a>
          );
        })}
        {statement.secondaryOnly && (
          <span className="cite-warn" role="img" aria-label={t("secondary")} title={t("secondary")}>
            ⚠
          </span>
        )}
      </sup>
      {/* Chinese runs sentences together; other scripts put a space between them. */}
      {locale === "zh" ? "" : " "}
    </span>
  );
}
