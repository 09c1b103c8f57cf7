// Any unknown path under a locale renders that locale's translated 404.
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";

export default async function CatchAll({ params }: { params: Promise<{ locale: string }> }) {
  // The not-found page has no params of its own: it reads the locale set here.
  setRequestLocale((await params).locale);
  notFound();
}
