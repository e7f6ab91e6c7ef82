import { describe, expect, it } from 'vitest';
import {
  ALLIANCE_ROLES,
  ASSIGNMENT_FORMATS,
  ASSIGNMENT_STATUSES,
  CHANNEL_KINDS,
  CHARTER_CHANGE_KINDS,
  CHECK_IN_METHODS,
  COMMITMENT_METRICS,
  CLAIM_STATES,
  EVENT_KINDS,
  EVENT_PHASES,
  EVIDENCE_STATES,
  ERROR_CODES,
  ERROR_REASONS,
  MEMBER_STATUSES,
  OUTLET_KINDS,
  PARTICIPANT_STATUSES,
  PERIOD_KINDS,
  REGISTRATION_STATUSES,
  ROLES,
  RESOURCE_REQUEST_STATES,
  TOPIC_STATES,
} from '@yah/shared';
import type { CoSponsorStatus, NotificationKind, TopicAction } from '@/__generated__/graphql';
import { en } from './en';
import { zhCN } from './zh-CN';

// The schema's enums that `@yah/shared` does not list: each list must name every value (checked by the type).
const NOTIFICATION_KINDS = [
  'COSPONSOR_INVITED',
  'TOPIC_APPROVED',
  'TOPIC_REJECTED',
  'ASSIGNMENT_CLAIMED',
  'SUBMISSION_RECEIVED',
  'SUBMISSION_ACCEPTED',
  'CHANGES_REQUESTED',
  'CLAIM_CANCELLED',
  'DUE_SOON',
  'PIECE_REPUBLISHED',
  'FOLLOWED_PIECE',
  'FOLLOW_DIGEST',
  'RESOURCE_REQUESTED',
  'REQUEST_APPROVED',
  'REQUEST_DECLINED',
  'REQUEST_FULFILLED',
  'REQUEST_CANCELLED',
  'EVENT_INVITED',
  'EVENT_REGISTRATION_CHANGED',
  'EVENT_REGISTRATION_CONFIRMED',
  'EVENT_WAITLIST_PROMOTED',
  'EVENT_SCHEDULE_CHANGED',
  'EVENT_CANCELLED',
  'INNOVATION_PANEL_NAMED',
  'INNOVATION_LIST_PUBLISHED',
  'CHARTER_UPDATED',
  'EVIDENCE_VERIFIED',
  'EVIDENCE_REJECTED',
  'ASSIGNMENT_OFFERED',
  'OFFER_ACCEPTED',
  'OFFER_DECLINED',
  'OFFER_WITHDRAWN',
  'ANNOUNCEMENT_POSTED',
] as const satisfies readonly NotificationKind[];
const TOPIC_ACTIONS = [
  'EDIT',
  'PROPOSE',
  'APPROVE',
  'REJECT',
  'START',
  'COMPLETE',
  'CANCEL',
  'JOIN',
  'INVITE',
  'ADD_ASSIGNMENT',
  'COMMENT',
] as const satisfies readonly TopicAction[];
const CO_SPONSOR_STATUSES = ['INVITED', 'JOINED'] as const satisfies readonly CoSponsorStatus[];
type Complete<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
const complete: [
  Complete<NotificationKind, (typeof NOTIFICATION_KINDS)[number]>,
  Complete<TopicAction, (typeof TOPIC_ACTIONS)[number]>,
  Complete<CoSponsorStatus, (typeof CO_SPONSOR_STATUSES)[number]>,
] = [true, true, true];

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('dictionaries', () => {
  it('have the same keys in Chinese and English, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
    for (const dictionary of [zhCN, en]) {
      for (const key of keys(dictionary)) {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], dictionary);
        expect(typeof value === 'string' && value.length > 0, key).toBe(true);
      }
    }
  });

  it('translate every shared enum value and error', () => {
    expect(Object.keys(zhCN.enums.role).sort()).toEqual([...ROLES].sort());
    expect(Object.keys(zhCN.enums.outletKind).sort()).toEqual([...OUTLET_KINDS].sort());
    expect(Object.keys(zhCN.enums.allianceRole).sort()).toEqual([...ALLIANCE_ROLES].sort());
    expect(Object.keys(zhCN.enums.memberStatus).sort()).toEqual([...MEMBER_STATUSES].sort());
    expect(Object.keys(zhCN.enums.channelKind).sort()).toEqual([...CHANNEL_KINDS].sort());
    expect(Object.keys(zhCN.errors.code).sort()).toEqual([...ERROR_CODES].sort());
    expect(Object.keys(zhCN.enums.topicState).sort()).toEqual([...TOPIC_STATES].sort());
    expect(Object.keys(zhCN.enums.claimState).sort()).toEqual([...CLAIM_STATES].sort());
    expect(Object.keys(zhCN.enums.assignmentFormat).sort()).toEqual([...ASSIGNMENT_FORMATS].sort());
    expect(Object.keys(zhCN.enums.assignmentStatus).sort()).toEqual([...ASSIGNMENT_STATUSES].sort());
    expect(complete).toEqual([true, true, true]);
    expect(Object.keys(zhCN.enums.notificationKind).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    expect(Object.keys(zhCN.notifications.text).sort()).toEqual([...NOTIFICATION_KINDS].sort());
    expect(Object.keys(zhCN.enums.topicAction).sort()).toEqual([...TOPIC_ACTIONS].sort());
    expect(Object.keys(zhCN.enums.coSponsorStatus).sort()).toEqual([...CO_SPONSOR_STATUSES].sort());
    expect(Object.keys(zhCN.enums.resourceRequestState).sort()).toEqual([...RESOURCE_REQUEST_STATES].sort());
    expect(Object.keys(zhCN.errors.reason).sort()).toEqual([...ERROR_REASONS].sort());
    expect(Object.keys(zhCN.enums.eventKind).sort()).toEqual([...EVENT_KINDS].sort());
    expect(Object.keys(zhCN.enums.eventPhase).sort()).toEqual([...EVENT_PHASES].sort());
    expect(Object.keys(zhCN.enums.registrationStatus).sort()).toEqual([...REGISTRATION_STATUSES].sort());
    expect(Object.keys(zhCN.enums.participantStatus).sort()).toEqual([...PARTICIPANT_STATUSES].sort());
    expect(Object.keys(zhCN.enums.checkInMethod).sort()).toEqual([...CHECK_IN_METHODS].sort());
    expect(Object.keys(zhCN.enums.commitmentMetric).sort()).toEqual([...COMMITMENT_METRICS].sort());
    expect(Object.keys(zhCN.enums.commitmentMetricHelp).sort()).toEqual([...COMMITMENT_METRICS].sort());
    expect(Object.keys(zhCN.enums.periodKind).sort()).toEqual([...PERIOD_KINDS].sort());
    expect(Object.keys(zhCN.enums.evidenceState).sort()).toEqual([...EVIDENCE_STATES].sort());
    expect(Object.keys(zhCN.enums.charterChangeKind).sort()).toEqual([...CHARTER_CHANGE_KINDS].sort());
  });
});
