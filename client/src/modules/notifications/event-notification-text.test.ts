import { describe, expect, it } from 'vitest';
import { i18n } from '@/app/i18n/i18n';
import { notificationLink, notificationText, type NotificationFacts } from './notification-text';

const base: NotificationFacts = {
  kind: 'EVENT_INVITED',
  actor: { displayName: '荆州 王总编' },
  topic: null,
  assignment: null,
  detail: null,
  event: { id: 'ev-1', title: '百家党媒看荆州' },
};

describe('event notifications', () => {
  it('name the event and open it (an invitation at its registration)', () => {
    expect(notificationText(base, i18n.t)).toBe('荆州 王总编 邀请本单位参加「百家党媒看荆州」');
    expect(notificationLink(base)).toBe('/events/ev-1?tab=registration');
    expect(notificationText({ ...base, kind: 'EVENT_WAITLIST_PROMOTED' }, i18n.t)).toBe('您已从候补递补为「百家党媒看荆州」的正式参加人员');
    expect(notificationLink({ ...base, kind: 'EVENT_SCHEDULE_CHANGED' })).toBe('/events/ev-1');
  });

  it('open the list of events when the reader may no longer see the event', () => {
    expect(notificationLink({ ...base, kind: 'EVENT_CANCELLED', event: null })).toBe('/events');
  });
});
