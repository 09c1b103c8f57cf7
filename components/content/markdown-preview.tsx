"use client";
// Live preview of one locale's Markdown body, rendered by the server's own
// sanitizing pipeline (what readers will get), a moment after typing stops.
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { previewMarkdownAction } from "@/lib/actions/content/news";

export function MarkdownPreview({ markdown, locale }: { markdown: string; locale: string }) {
  const t = useTranslations("newsAdmin");
  const [html, setHtml] = useState("");
  useEffect(() => {
    let current = true;
    const timer = setTimeout(async () => {
      const r = await previewMarkdownAction({ markdown });
      if (current && r.ok && r.data) setHtml(r.data.html);
    }, 400);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [markdown]);
  return (
    <section className="preview" aria-label={t("previewTitle", { locale })} aria-live="polite">
      <p className="muted">{t("previewTitle", { locale })}</p>
      {/* Sanitized on the server (lib/markdown.ts). */}
      <div className="prose" lang={locale} dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}
