// A link to where a fact comes from; opens the original, tells no referrer.
// Beside a figure (whose as-of date is shown next to it) a publisher the portal
// knows is named in the reader's language: "News.by (29 Jan 2026)" reads
// «News.by («Беларусь 1»)» on /ru. Elsewhere the stored title is kept.
import { useLocale } from "next-intl";
import { publisherOf } from "@/lib/content/sources";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  title: string;
  url: string;
  /** "publisher" where the date is shown beside the link (figures), so the stored title's English date can go. */
  label?: "title" | "publisher";
};

export function SourceLink({ title, url, label = "title" }: Props) {
  const locale = useLocale() as Locale;
  const text = (label === "publisher" && publisherOf(url, locale)) || title;
  return (
    <a href={url} rel="noopener noreferrer external" target="_blank" className="source-link">
      {text}
    </a>
  );
}
