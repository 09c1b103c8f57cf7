// The top of every page: where it sits (breadcrumbs, on inner pages), its one
// h1, the lead sentence, and whatever belongs beside the title (a status line,
// the page's main action). One component, so every page starts the same way.
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs, type Crumb } from "./breadcrumbs";

type Props = {
  title: ReactNode;
  lead?: ReactNode;
  /** From the area's home to this page; the last crumb is the page itself. */
  trail?: Crumb[];
  /** The language of a title that is content (an article in its original language). */
  titleLang?: string;
  children?: ReactNode;
};

export async function PageHeader({ title, lead, trail, titleLang, children }: Props) {
  const t = trail ? await getTranslations("nav") : null;
  return (
    <header className="page-header">
      {t && trail && <Breadcrumbs label={t("breadcrumb")} trail={trail} />}
      <h1 lang={titleLang}>{title}</h1>
      {lead && <p className="lead">{lead}</p>}
      {children}
    </header>
  );
}
