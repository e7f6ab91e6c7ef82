import { allianceClock, currentStop } from '../check-in.service';

describe('the stop a check-in defaults to', () => {
  const stops = [{ startsAt: '09:30:00' }, { startsAt: '14:30:00' }, { startsAt: '19:00:00' }];

  it('is the last stop of the day that has started, else the first', () => {
    expect(currentStop(stops, '08:00:00')).toBe(stops[0]);
    expect(currentStop(stops, '09:30:00')).toBe(stops[0]);
    expect(currentStop(stops, '15:00:00')).toBe(stops[1]);
    expect(currentStop(stops, '23:59:59')).toBe(stops[2]);
    expect(currentStop([], '12:00:00')).toBeNull();
  });

  it('reads the clock in alliance time (UTC+8), across midnight', () => {
    expect(allianceClock(new Date('2026-12-16T01:30:00Z'))).toBe('09:30:00');
    expect(allianceClock(new Date('2026-12-15T23:05:00Z'))).toBe('07:05:00');
  });
});
