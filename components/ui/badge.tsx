// A short label on a tinted pill: a record's state, a warning beside a field,
// a count. The tone carries meaning (each pair of colours passes WCAG AA, see
// app/styles.css); the text always says it too, never the colour alone.
import type { ReactNode } from "react";
import type { INQUIRY_STATUSES, PROPOSAL_STATUSES } from "@/lib/domain";

export type Tone = "neutral" | "warn" | "ok" | "info" | "danger";

const TONES: Record<Tone, string> = {
  neutral: "bg-neutral-bg text-neutral-fg",
  warn: "bg-warn-bg text-warn-fg",
  ok: "bg-ok-bg text-ok-fg",
  info: "bg-info-bg text-info-fg",
  danger: "bg-danger-bg text-danger-fg",
};

export function Badge({ tone = "neutral", children, label }: { tone?: Tone; children: ReactNode; label?: string }) {
  return (
    <span
      aria-label={label}
      className={`badge ml-2 inline-block rounded-pill px-2.5 py-0.5 text-sm leading-snug font-semibold ${TONES[tone]}`}
    >
      {children}
    </span>
  );
}

// What each state asks of the reader: waiting on the park (warn), settled well
// (ok), in progress (info), refused (danger); closed and drafts are neutral.
export const STATUS_TONES: Record<(typeof INQUIRY_STATUSES)[number] | (typeof PROPOSAL_STATUSES)[number], Tone> = {
  NEW: "warn",
  OPEN: "warn",
  ANSWERED: "ok",
  CLOSED: "neutral",
  DRAFT: "neutral",
  SUBMITTED: "warn",
  IN_REVIEW: "info",
  NEEDS_INFO: "warn",
  APPROVED: "ok",
  DECLINED: "danger",
  WITHDRAWN: "neutral",
};
