// The back office: staff and admins only (pages and data functions check again).
import type { ReactNode } from "react";
import { setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/forms/client-messages";
import { requirePermission } from "@/lib/session";
import { SiteHeader } from "@/components/layout/site-header";
import { HolidayBanner } from "@/components/service-clock/holiday-banner";

export const dynamic = "force-dynamic";

export default async function StaffLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission(locale, `/${locale}/staff`, "backoffice:enter");
  return (
    <>
      <SiteHeader locale={locale} area="staff" role={user.role} user={{ name: user.name, role: user.role }} />
      <main id="main" className="container">
        <HolidayBanner user={user} />
        <ClientMessages
          namespaces={[
            "inbox",
            "inquiries",
            "pipeline",
            "proposals",
            "staffAdmin",
            "residentAdmin",
            "figureAdmin",
            "incentiveRates",
            "newsAdmin",
            "templates",
            "serviceSettings",
            "sectors",
            "statuses",
            "validation",
            "forms",
          ]}
        >
          {children}
        </ClientMessages>
      </main>
    </>
  );
}
