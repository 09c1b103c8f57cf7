"use client";
// Live preview of one locale's Markdown body, rendered by the server's own
// sanitizing pipeline (what readers will get), a moment after typing stops,
// with a warning listing what will not be published (raw HTML, unsafe links).
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { previewMarkdownAction } from "@/lib/actions/content/news";

export function MarkdownPreview({ markdown, locale }: { markdown: string; locale: string }) {
  const t = useTranslations("newsAdmin");
  // One answer of the server's pipeline: what readers get, and what they do not.
  const [{ html, dropped }, setPreview] = useState<{ html: string; dropped: string[] }>({ html: "", dropped: [] });
  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      const r = await previewMarkdownAction({ markdown });
      if (current && r.ok && r.data) setPreview(r.data);
    }, 400);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [markdown]);
  return (
    <section className="preview" aria-label={t("previewTitle", { locale })} aria-live="polite">
      <p className="muted">{t("previewTitle", { locale })}</p>
      {dropped.length > 0 && (
        <div className="notice">
          <p>{t("droppedLead")}</p>
          <ul>
            {dropped.map((d) => (
              <li key={d}>
                <code>{d}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {/* Sanitized on the server (lib/markdown.ts). */}
      <div className="prose" lang={locale} dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}
