// In the back office's lists: where each item's clock stands, as a badge, with
// the due date. Overdue is red, due today amber, on track green, waiting for
// the investor blue.
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, type Tone } from "@/components/ui/badge";
import { CALENDAR_TIME_ZONES, clockState } from "@/lib/service-clock";

const TONES = { overdue: "danger", dueToday: "warn", onTrack: "ok", paused: "info" } as const satisfies Record<string, Tone>;

type Clock = { dueAt: Date | null; pausedAt: Date | null; stoppedAt: Date | null } | null;

export async function ClockBadge({ clock, now }: { clock: Clock; now: Date }) {
  if (!clock || clock.stoppedAt || (!clock.dueAt && !clock.pausedAt)) return null;
  const [t, format] = await Promise.all([getTranslations("serviceClock.states"), getFormatter()]);
  const state = clock.pausedAt || !clock.dueAt ? "paused" : clockState(clock.dueAt, now);
  return (
    <span className="clock-badge" data-clock-state={state}>
      <Badge tone={TONES[state]}>{t(state)}</Badge>
      {clock.dueAt && (
        <>
          {" "}
          <time dateTime={clock.dueAt.toISOString()}>
            {format.dateTime(clock.dueAt, { dateStyle: "medium", timeZone: CALENDAR_TIME_ZONES.MINSK })}
          </time>
        </>
      )}
    </span>
  );
}
