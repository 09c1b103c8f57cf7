import type { Metadata } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { openGraphFor } from "@/lib/seo";
import { env } from "@/lib/env";
import { Announcer } from "@/components/layout/announcer";
import { SiteFooter } from "@/components/layout/site-footer";
import "../styles.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// Public pages are rendered on first request and then served from Next's cache
// (ISR); nothing is prerendered at build time, so `next build` needs no database.
// Staff edits revalidate the affected pages on demand (lib/revalidate.ts); the
// period below is only a safety net. Pages that read the query string opt out.
export const generateStaticParams = () => [];
export const revalidate = 300;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("description"),
    openGraph: openGraphFor(locale, t("siteName"), { description: t("description"), path: "" }),
    twitter: { card: "summary_large_image" },
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale === "zh" ? "zh-Hans" : locale}>
      <body>
        {/* The header and <main> come from each area's layout: one navigation bar per area. */}
        {children}
        <SiteFooter />
        <Announcer />
      </body>
    </html>
  );
}
