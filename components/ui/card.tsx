// The design system's surfaces (Tailwind utilities over the tokens in app/styles.css).
import type { ComponentProps, ReactNode } from "react";

/** A bordered panel; `as` keeps the right element (a section with its heading, an article). */
export function Card({ as: Tag = "div", className = "", ...rest }: ComponentProps<"div"> & { as?: "div" | "section" | "article" }) {
  return (
    <Tag
      className={`rounded-card border border-line bg-bg p-4 break-inside-avoid [&_h2]:mt-0 [&_h2]:mb-2 [&_h2]:text-lg [&_p]:my-1.5 ${className}`}
      {...rest}
    />
  );
}

/** What a list shows when it has nothing in it yet. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-card border border-dashed border-line px-4 py-5 text-center text-muted">{children}</p>;
}
