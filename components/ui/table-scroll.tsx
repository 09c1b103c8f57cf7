// A wide table on a narrow screen scrolls sideways inside its own box, with its
// first column kept in view, instead of making the whole page scroll. The box is
// a labelled, focusable group (not a landmark: the page's sections are those)
// so keyboard users can scroll it too.
import type { ReactNode } from "react";

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
