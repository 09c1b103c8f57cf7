// The signed-in area: every page below needs a session (pages and their data
// functions check again). Per request, never cached.
import type { ReactNode } from "react";
import { setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/forms/client-messages";
import { requireUser } from "@/lib/session";
import { SiteHeader } from "@/components/layout/site-header";

export const dynamic = "force-dynamic";

export default async function AccountLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser(locale, `/${locale}/account`);
  return (
    <>
      <SiteHeader locale={locale} area="account" role={user.role} user={{ name: user.name, role: user.role }} />
      <main id="main" className="container">
        <ClientMessages namespaces={["auth", "account", "inquiries", "proposals", "sectors", "notifications", "validation", "forms"]}>
          {children}
        </ClientMessages>
      </main>
    </>
  );
}
