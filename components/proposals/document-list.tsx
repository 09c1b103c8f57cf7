// A proposal's documents with download links (owner and staff only, checked by
// the download route) and, on a draft, a remove button.
import { getFormatter, getTranslations } from "next-intl/server";
import { RemoveDocumentButton } from "./remove-document-button";
import { EmptyState } from "@/components/ui/card";

type Doc = { id: string; kind: string; fileName: string; size: number };

export async function DocumentList({ documents, removable }: { documents: Doc[]; removable: boolean }) {
  const [t, format] = await Promise.all([getTranslations("proposals"), getFormatter()]);
  if (documents.length === 0) return <EmptyState>{t("noDocuments")}</EmptyState>;
  return (
    <ul className="documents">
      {documents.map((d) => (
        <li key={d.id}>
          <a href={`/api/documents/${d.id}`} download>
            {d.fileName}
          </a>{" "}
          <span className="muted">
            {t(`kinds.${d.kind}` as "kinds.OTHER")} ·{" "}
            {format.number(d.size / 1024, { style: "unit", unit: "kilobyte", maximumFractionDigits: 0 })}
          </span>
          {removable && <RemoveDocumentButton id={d.id} label={t("remove")} />}
        </li>
      ))}
    </ul>
  );
}
