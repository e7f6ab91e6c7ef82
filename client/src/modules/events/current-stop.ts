import { allianceDay } from './event-time';

export interface StopTime {
  id: string;
  day: string;
  startsAt: string;
}

/** "HH:MM" of an instant in alliance time. */
export function allianceClock(now: Date): string {
  return new Date(now.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(11, 16);
}

/**
 * The stop check-in goes to by default, as the server picks it: the last one started today (alliance time), else
 * today's first; on another day, the event's first stop.
 */
export function currentStop<T extends StopTime>(stops: readonly T[], now: Date = new Date()): T | null {
  const today = allianceDay(now);
  const clock = allianceClock(now);
  const todays = stops.filter((stop) => stop.day === today).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const started = todays.filter((stop) => stop.startsAt <= clock);
  return started[started.length - 1] ?? todays[0] ?? stops[0] ?? null;
}
