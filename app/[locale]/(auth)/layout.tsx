// Sign-in, registration and password pages: per request, never cached.
import type { ReactNode } from "react";
import { setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/forms/client-messages";
import { SiteHeader } from "@/components/layout/site-header";

export const dynamic = "force-dynamic";

export default async function AuthLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="container narrow">
        <ClientMessages namespaces={["auth", "account", "validation", "forms"]}>{children}</ClientMessages>
      </main>
    </>
  );
}
