import { describe, expect, it } from 'vitest';
import { i18n } from '@/app/i18n/i18n';
import { notificationLink, notificationText, type NotificationFacts } from './notification-text';

const REQUEST = { id: 'q-1', resource: { id: 'r-1', title: '荆州古城墙航拍素材' } };

function facts(kind: NotificationFacts['kind']): NotificationFacts {
  return {
    kind,
    actor: { displayName: '刘编辑' },
    topic: null,
    assignment: null,
    detail: null,
    resource: null,
    resourceRequest: REQUEST,
  };
}

describe('request notifications', () => {
  it('name the resource, also when only the request is readable', () => {
    expect(notificationText(facts('RESOURCE_REQUESTED'), i18n.t)).toBe('刘编辑 申请使用本单位的资源「荆州古城墙航拍素材」');
    expect(notificationText(facts('REQUEST_DECLINED'), i18n.t)).toBe('本单位对「荆州古城墙航拍素材」的申请被婉拒');
  });

  it("lead to the reader's side of /requests, at the request", () => {
    expect(notificationLink(facts('RESOURCE_REQUESTED'))).toBe('/requests?tab=incoming#request-q-1');
    expect(notificationLink(facts('REQUEST_CANCELLED'))).toBe('/requests?tab=incoming#request-q-1');
    expect(notificationLink(facts('REQUEST_APPROVED'))).toBe('/requests?tab=outgoing#request-q-1');
    expect(notificationLink(facts('REQUEST_FULFILLED'))).toBe('/requests?tab=outgoing#request-q-1');
    expect(notificationLink({ ...facts('REQUEST_DECLINED'), resourceRequest: null })).toBe('/requests?tab=outgoing');
  });
});

describe('innovation notifications', () => {
  const ROUND = { id: 'r-2026', title: '2026年度地市党媒融合创新项目' };
  const innovation = (kind: NotificationFacts['kind'], innovationRound: { id: string; title: string } | null = ROUND): NotificationFacts => ({
    ...facts(kind),
    resourceRequest: null,
    detail: '2026年度地市党媒融合创新项目',
    innovationRound,
  });

  it('name the round', () => {
    expect(notificationText(innovation('INNOVATION_PANEL_NAMED'), i18n.t)).toBe('您被聘为「2026年度地市党媒融合创新项目」的评审专家');
    expect(notificationText(innovation('INNOVATION_LIST_PUBLISHED', null), i18n.t)).toBe('「2026年度地市党媒融合创新项目」推荐项目名单已发布');
  });

  it('lead a panellist to the round and everyone else to its recommended list', () => {
    expect(notificationLink(innovation('INNOVATION_PANEL_NAMED'))).toBe('/innovation/rounds/r-2026');
    expect(notificationLink(innovation('INNOVATION_LIST_PUBLISHED'))).toBe('/innovation?round=r-2026');
    expect(notificationLink(innovation('INNOVATION_LIST_PUBLISHED', null))).toBe('/innovation');
  });
});
