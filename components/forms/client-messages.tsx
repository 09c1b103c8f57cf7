// Ships only the named catalog namespaces to the client components below it
// (forms translate their errors there); public pages ship none.
import type { ReactNode } from "react";
import { NextIntlClientProvider, type Messages } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";

export async function ClientMessages({ namespaces, children }: { namespaces: (keyof Messages)[]; children: ReactNode }) {
  const [locale, all] = await Promise.all([getLocale(), getMessages()]);
  const messages = Object.fromEntries(namespaces.map((n) => [n, all[n]]));
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="Europe/Minsk">
      {children}
    </NextIntlClientProvider>
  );
}
