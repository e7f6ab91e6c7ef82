import { describe, expect, it } from 'vitest';
import { allianceClock, currentStop } from './current-stop';

const STOPS = [
  { id: 'a', day: '2026-12-16', startsAt: '09:00' },
  { id: 'b', day: '2026-12-16', startsAt: '14:00' },
  { id: 'c', day: '2026-12-17', startsAt: '08:30' },
];

describe('currentStop', () => {
  it('takes the last stop started today in alliance time', () => {
    // 15:10 in Beijing is 07:10 UTC.
    expect(currentStop(STOPS, new Date('2026-12-16T07:10:00Z'))?.id).toBe('b');
    expect(currentStop(STOPS, new Date('2026-12-16T02:00:00Z'))?.id).toBe('a');
  });

  it("takes today's first stop before any has started, and the first stop on another day", () => {
    expect(currentStop(STOPS, new Date('2026-12-16T23:00:00Z'))?.id).toBe('c');
    expect(currentStop(STOPS, new Date('2026-12-01T02:00:00Z'))?.id).toBe('a');
    expect(currentStop([], new Date())).toBeNull();
    expect(allianceClock(new Date('2026-12-16T07:10:00Z'))).toBe('15:10');
  });
});
