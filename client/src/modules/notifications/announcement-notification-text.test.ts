import { describe, expect, it } from 'vitest';
import { i18n } from '@/app/i18n/i18n';
import { notificationDetail } from './components/notification-item';
import { digestLines, readDigest } from './digest-text';
import { notificationLink, notificationText, type NotificationFacts } from './notification-text';

const base: NotificationFacts = { kind: 'ANNOUNCEMENT_POSTED', actor: null, topic: null, assignment: null, detail: '关于报送年度项目的通知' };

describe('announcement notifications', () => {
  it('name the announcement and open it; once withdrawn they open the list', () => {
    const note = { ...base, announcement: { id: 'a-1', title: '关于报送年度项目的通知（更新）' } };
    expect(notificationText(note, i18n.t)).toBe('联盟秘书处发布公告：「关于报送年度项目的通知（更新）」');
    expect(notificationLink(note)).toBe('/announcements/a-1');
    expect(notificationText({ ...base, announcement: null }, i18n.t)).toBe('联盟秘书处发布公告：「关于报送年度项目的通知」');
    expect(notificationLink({ ...base, announcement: null })).toBe('/announcements');
    // The title is in the sentence already: no second line.
    expect(notificationDetail(note, i18n.t)).toBeNull();
  });
});

describe('the daily digest', () => {
  const digest = (detail: unknown): NotificationFacts => ({ ...base, kind: 'FOLLOW_DIGEST', detail: JSON.stringify(detail), resource: null });

  it('reads its JSON and ignores anything else', () => {
    expect(readDigest('{"count":2,"titles":["甲","乙"]}')).toEqual({ count: 2, titles: ['甲', '乙'], held: [] });
    expect(readDigest('{"count":0,"titles":[],"held":[{"kind":"ANNOUNCEMENT_POSTED","count":1},{"kind":"NOPE","count":3}]}')?.held).toEqual([
      { kind: 'ANNOUNCEMENT_POSTED', count: 1 },
    ]);
    expect(readDigest('not json')).toBeNull();
    expect(readDigest('{"titles":[]}')).toBeNull();
    expect(readDigest(null)).toBeNull();
  });

  it('says what it sums up in the reader’s language', async () => {
    const summary = { count: 2, titles: ['甲', '乙'], held: [{ kind: 'ANNOUNCEMENT_POSTED' as const, count: 1 }, { kind: 'ASSIGNMENT_CLAIMED' as const, count: 3 }] };
    expect(digestLines(summary, i18n.t)).toEqual(['关注的新稿件 2 篇: 「甲」「乙」', '只在摘要中接收的通知：联盟公告 1 条，任务被认领 3 条']);
    const english = i18n.cloneInstance({ lng: 'en' });
    const { englishBundle } = await import('@/app/i18n/en-bundle');
    english.addResourceBundle('en', 'translation', englishBundle.messages, true, true);
    expect(digestLines({ ...summary, count: 0 }, english.t)).toEqual(['Held for the digest: Announcement × 1, Assignment claimed × 3']);
  });

  it('opens the held notifications when it holds any, the library otherwise', () => {
    expect(notificationLink(digest({ count: 0, titles: [], held: [{ kind: 'DUE_SOON', count: 1 }] }))).toBe('/notifications?held=1');
    expect(notificationLink(digest({ count: 3, titles: ['甲'] }))).toBe('/library');
    expect(notificationDetail(digest({ count: 1, titles: ['甲'] }), i18n.t)).toBe('关注的新稿件 1 篇: 「甲」');
  });
});
