"use client";
// A navigation link that marks itself as the current page (aria-current), for
// the header's one navigation bar per area. A section's start page ("/staff")
// is current only on itself; other entries also on the pages below them.
import Link from "next/link";
import { usePathname } from "next/navigation";

type Props = { href: string; label: string; exact?: boolean; /** A group's pages, where the entry is current too. */ also?: string[] };

const under = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

export function NavLink({ href, label, exact = false, also = [] }: Props) {
  const pathname = usePathname();
  const current = pathname === href || (!exact && [href, ...also].some((h) => under(pathname, h)));
  return (
    <Link href={href} aria-current={current ? "page" : undefined}>
      {label}
    </Link>
  );
}
