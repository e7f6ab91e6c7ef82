import { allianceClockOf } from '@yah/shared';
import { allianceToday } from '@/app/time/alliance-time';

export interface StopTime {
  id: string;
  day: string;
  startsAt: string;
}

/** "HH:MM" of an instant in alliance time. */
export function allianceClock(now: Date): string {
  return allianceClockOf(now);
}

/**
 * The stop check-in goes to by default, as the server picks it: the last one started today (alliance time), else
 * today's first; on another day, the event's first stop.
 */
export function currentStop<T extends StopTime>(stops: readonly T[], now: Date = new Date()): T | null {
  const today = allianceToday(now);
  const clock = allianceClock(now);
  const todays = stops.filter((stop) => stop.day === today).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const started = todays.filter((stop) => stop.startsAt <= clock);
  return started[started.length - 1] ?? todays[0] ?? stops[0] ?? null;
}
