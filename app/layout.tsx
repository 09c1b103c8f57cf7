// The real root layout is app/[locale]/layout.tsx (it knows the page's language);
// this one only exists so that app/not-found.tsx has a parent.
import type { ReactNode } from "react";

export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
