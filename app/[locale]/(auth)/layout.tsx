// Sign-in, registration and password pages: per request, never cached.
import type { ReactNode } from "react";
import { setRequestLocale } from "next-intl/server";
import { ClientMessages } from "@/components/forms/client-messages";

export const dynamic = "force-dynamic";

export default async function AuthLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  return (
    <div className="narrow">
      <ClientMessages namespaces={["auth", "account", "validation", "forms"]}>{children}</ClientMessages>
    </div>
  );
}
