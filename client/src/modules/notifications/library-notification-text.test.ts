import { describe, expect, it } from 'vitest';
import { i18n } from '@/app/i18n/i18n';
import { notificationLink, notificationText, type NotificationFacts } from './notification-text';

const base: NotificationFacts = {
  kind: 'PIECE_REPUBLISHED',
  actor: { displayName: '衡阳 刘编辑' },
  topic: null,
  assignment: null,
  detail: null,
  resource: { id: 'r-1', title: '荆州古城墙夜景' },
};

describe('library notifications', () => {
  it('name the piece and open it', () => {
    expect(notificationText(base, i18n.t)).toBe('衡阳 刘编辑 登记转载了本单位的稿件「荆州古城墙夜景」');
    expect(notificationLink(base)).toBe('/resources/r-1');
    expect(notificationLink({ ...base, kind: 'FOLLOWED_PIECE' })).toBe('/resources/r-1');
  });

  it('open the library when there is no one piece to open (the daily digest, or a piece the reader may no longer see)', () => {
    expect(notificationLink({ ...base, kind: 'FOLLOW_DIGEST', resource: null })).toBe('/library');
    expect(notificationLink({ ...base, resource: null })).toBe('/library');
  });
});
