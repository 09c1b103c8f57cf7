"use client";
// A navigation link that marks itself as the current page (aria-current), for
// the header's one navigation bar per area. A section's start page ("/staff")
// is current only on itself; other entries also on the pages below them.
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLink({ href, label, exact = false }: { href: string; label: string; exact?: boolean }) {
  const pathname = usePathname();
  const current = pathname === href || (!exact && pathname.startsWith(`${href}/`));
  return (
    <Link href={href} aria-current={current ? "page" : undefined}>
      {label}
    </Link>
  );
}
