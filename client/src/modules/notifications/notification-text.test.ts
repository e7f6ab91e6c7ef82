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

describe('charter and commitment notifications', () => {
  const EVIDENCE = { id: 'e-1', commitment: { title: '举办一次业务培训' } };
  const charter = (kind: NotificationFacts['kind'], commitmentEvidence: { id: string; commitment: { title: string } } | null = EVIDENCE): NotificationFacts => ({
    ...facts(kind),
    resourceRequest: null,
    detail: '缺少培训签到表',
    commitmentEvidence,
  });

  it('name the publisher of the charter and the commitment the evidence was for', () => {
    expect(notificationText(charter('CHARTER_UPDATED', null), i18n.t)).toBe('刘编辑 发布了新版联盟章程');
    expect(notificationText(charter('EVIDENCE_VERIFIED'), i18n.t)).toBe('本单位为承诺「举办一次业务培训」提交的材料已通过核验');
    expect(notificationText(charter('EVIDENCE_REJECTED'), i18n.t)).toBe('本单位为承诺「举办一次业务培训」提交的材料未通过核验');
  });

  it('lead to the charter, and to the evidence among the commitments', () => {
    expect(notificationLink(charter('CHARTER_UPDATED', null))).toBe('/charter');
    expect(notificationLink(charter('EVIDENCE_VERIFIED'))).toBe('/commitments?evidence=e-1');
    expect(notificationLink(charter('EVIDENCE_REJECTED', null))).toBe('/commitments');
  });
});
