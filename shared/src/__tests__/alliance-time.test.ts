import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { allianceClockOf, allianceDayOf, allianceWallClock, calendarDateParts, calendarWeekday, instantFromAllianceWallClock, startOfAllianceDay } from '../index';

describe('alliance time', () => {
  it('reads an instant as Beijing wall-clock time, across the UTC date line', () => {
    assert.deepEqual(allianceWallClock('2026-12-15T16:00:00.000Z'), { year: 2026, month: 12, day: 16, hour: 0, minute: 0 });
    assert.equal(allianceDayOf(new Date('2026-12-31T16:30:00Z')), '2027-01-01');
    assert.equal(allianceDayOf('2026-12-31T15:59:59Z'), '2026-12-31');
    assert.equal(allianceClockOf('2026-12-18T02:00:00Z'), '10:00');
  });

  it('turns an alliance wall-clock time and a calendar date into the instants they name', () => {
    assert.equal(instantFromAllianceWallClock({ year: 2026, month: 12, day: 18, hour: 18, minute: 0 }).toISOString(), '2026-12-18T10:00:00.000Z');
    assert.equal(startOfAllianceDay('2026-12-16').toISOString(), '2026-12-15T16:00:00.000Z');
    assert.equal(startOfAllianceDay('2027-01-01').toISOString(), '2026-12-31T16:00:00.000Z');
  });

  it('reads calendar dates by themselves, refusing anything else', () => {
    assert.deepEqual(calendarDateParts('2026-12-19'), { year: 2026, month: 12, day: 19 });
    assert.equal(calendarWeekday('2026-12-16'), 3);
    assert.throws(() => calendarDateParts('2026-12-16T00:00:00Z'));
  });
});
