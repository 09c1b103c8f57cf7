// Views of one list as a row of tabs (all news / drafts / published, or news
// by topic). Each tab is a link to its own address, so it works without
// JavaScript, can be bookmarked, and the current one is marked aria-current
// (the pattern for navigation; role="tablist" is for panels on one page).
import type { Href } from "@/lib/i18n/navigation";
import { LocaleLink } from "./locale-link";

export type Tab = { href: Href; label: string; current: boolean };

const TAB =
  "-mb-px inline-flex min-h-11 items-center border-b-2 border-transparent px-3 whitespace-nowrap text-fg no-underline hover:border-line hover:text-accent aria-[current=page]:border-accent aria-[current=page]:font-semibold aria-[current=page]:text-accent";

export function Tabs({ label, tabs }: { label: string; tabs: Tab[] }) {
  return (
    <nav aria-label={label} className="tabs my-4 overflow-x-auto">
      <ul className="m-0 flex list-none gap-1 border-b border-line p-0">
        {tabs.map((tab) => (
          <li key={tab.label}>
            <LocaleLink href={tab.href} aria-current={tab.current ? "page" : undefined} className={TAB}>
              {tab.label}
            </LocaleLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
