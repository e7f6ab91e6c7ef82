import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toEventChanges, toNewEvent, type EventFormValues } from './event-form-values';

const VALUES: EventFormValues = {
  kind: 'TRIP',
  title: '  百家党媒看荆州 ',
  dates: [dayjs(new Date(2026, 11, 16)), dayjs(new Date(2026, 11, 19))],
  place: '荆州',
  latitude: 30.33,
  longitude: undefined,
  description: '',
  capacity: 120,
  placesPerMember: 3,
  deadline: dayjs(new Date(2026, 11, 10, 18, 0)),
  invite: 'ALL',
  invitedMemberIds: ['m-1'],
  stops: [
    { day: '2026-12-17', startsAt: '09:00', place: '工厂', activity: '参观', leader: ' ' },
    { id: 's-1', day: '2026-12-16', startsAt: '14:00', endsAt: '', place: '古城', activity: '采风' },
    { day: '2026-12-16', startsAt: '09:00', place: '党校', activity: '启动仪式', latitude: 30.35, longitude: 112.19 },
  ],
};

describe('event form values', () => {
  it('sends calendar days as YYYY-MM-DD and the deadline as Beijing wall-clock time', () => {
    const input = toNewEvent(VALUES);
    expect(input.startsOn).toBe('2026-12-16');
    expect(input.endsOn).toBe('2026-12-19');
    // 18:00 in Beijing is 10:00 UTC, whatever the browser's zone.
    expect(input.registrationClosesAt).toBe('2026-12-10T10:00:00.000Z');
    expect(input.title).toBe('百家党媒看荆州');
    expect(input.kind).toBe('TRIP');
    expect(input.latitude).toBe(30.33);
    expect(input.longitude).toBeNull();
    expect(input.invitesAllMembers).toBe(true);
    expect(input.invitedMemberIds).toEqual([]);
  });

  it('orders stops by day and time, keeps their ids and empties blank optional fields', () => {
    const { stops } = toEventChanges(VALUES);
    expect(stops?.map((stop) => `${stop.day} ${stop.startsAt}`)).toEqual(['2026-12-16 09:00', '2026-12-16 14:00', '2026-12-17 09:00']);
    expect(stops?.[1]).toMatchObject({ id: 's-1', endsAt: null });
    expect(stops?.[2]).toMatchObject({ leader: null, latitude: null });
    expect(toEventChanges({ ...VALUES, invite: 'CHOSEN' }).invitedMemberIds).toEqual(['m-1']);
  });
});
