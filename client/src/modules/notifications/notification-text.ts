import type { TFunction } from 'i18next';
import type { NotificationKind } from '@/__generated__/graphql';
import { readDigest } from './digest-text';
import { REQUEST_NOTIFICATION_DIRECTIONS, requestsPath } from '@/modules/resources/request-kinds';

export interface NotificationFacts {
  kind: NotificationKind;
  actor: { displayName: string } | null;
  topic: { id: string; title: string } | null;
  assignment: { id: string; title: string; topic: { id: string } } | null;
  detail: string | null;
  /** The library piece or resource it is about (null while the viewer may not read it). */
  resource?: { id: string; title: string } | null;
  /** The resource request it is about (null unless the viewer's member is a side of it). */
  resourceRequest?: { id: string; resource: { id: string; title: string } } | null;
  /** The event it is about (null while the viewer may not read it). */
  event?: { id: string; title: string } | null;
  /** The innovation round it is about. */
  innovationRound?: { id: string; title: string } | null;
  /** The commitment evidence a decision is about (null unless the viewer may read it). */
  commitmentEvidence?: { id: string; commitment: { title: string } } | null;
  /** The announcement it tells of (null once withdrawn). */
  announcement?: { id: string; title: string } | null;
}

/** Kinds about events (invitations, registrations, the waiting list, schedule changes, cancellation): they open the event. */
const EVENT_KINDS: readonly NotificationKind[] = [
  'EVENT_INVITED',
  'EVENT_REGISTRATION_CHANGED',
  'EVENT_REGISTRATION_CONFIRMED',
  'EVENT_WAITLIST_PROMOTED',
  'EVENT_SCHEDULE_CHANGED',
  'EVENT_CANCELLED',
];

/** Kinds that concern the reporter's own claim: they open "my work". */
const REPORTER_KINDS: readonly NotificationKind[] = ['ASSIGNMENT_OFFERED', 'OFFER_WITHDRAWN', 'SUBMISSION_ACCEPTED', 'CHANGES_REQUESTED', 'CLAIM_CANCELLED', 'DUE_SOON'];

/** Kinds about library pieces (republished, new from someone followed, the daily digest): they open the piece or the library. */
const LIBRARY_KINDS: readonly NotificationKind[] = ['PIECE_REPUBLISHED', 'FOLLOWED_PIECE', 'FOLLOW_DIGEST'];

/** The sentence for a notification, in the reader's language. */
export function notificationText(notification: NotificationFacts, t: TFunction): string {
  return t(`notifications.text.${notification.kind}`, {
    actor: notification.actor?.displayName ?? t('notifications.someone'),
    topic: notification.topic?.title ?? '',
    assignment: notification.assignment?.title ?? notification.topic?.title ?? '',
    resource: notification.resource?.title ?? notification.resourceRequest?.resource.title ?? '',
    event: notification.event?.title ?? '',
    round: notification.innovationRound?.title ?? notification.detail ?? '',
    commitment: notification.commitmentEvidence?.commitment.title ?? '',
    announcement: notification.announcement?.title ?? notification.detail ?? '',
  });
}

/**
 * Where a notification leads: an announcement, the digest's held notifications, the reporter's own work, an event, a library piece, the charter, the evidence among the
 * commitments, a resource request's side of `/requests`, or the topic (at the assignment when there is one).
 */
export function notificationLink(notification: NotificationFacts): string {
  if (REPORTER_KINDS.includes(notification.kind)) return '/my-work?tab=claims';
  if (EVENT_KINDS.includes(notification.kind)) {
    if (!notification.event) return '/events';
    return notification.kind === 'EVENT_INVITED' ? `/events/${notification.event.id}?tab=registration` : `/events/${notification.event.id}`;
  }
  if (notification.kind === 'ANNOUNCEMENT_POSTED') return notification.announcement ? `/announcements/${notification.announcement.id}` : '/announcements';
  // The daily digest opens what it held back for it, or the library when it only counts followed pieces.
  if (notification.kind === 'FOLLOW_DIGEST' && (readDigest(notification.detail)?.held.length ?? 0) > 0) return '/notifications?held=1';
  if (LIBRARY_KINDS.includes(notification.kind)) {
    return notification.resource ? `/resources/${notification.resource.id}` : '/library';
  }
  if (notification.kind === 'INNOVATION_PANEL_NAMED') return notification.innovationRound ? `/innovation/rounds/${notification.innovationRound.id}` : '/innovation';
  if (notification.kind === 'CHARTER_UPDATED') return '/charter';
  if (notification.kind === 'EVIDENCE_VERIFIED' || notification.kind === 'EVIDENCE_REJECTED') {
    return notification.commitmentEvidence ? `/commitments?evidence=${notification.commitmentEvidence.id}` : '/commitments';
  }
  if (notification.kind === 'INNOVATION_LIST_PUBLISHED') return notification.innovationRound ? `/innovation?round=${notification.innovationRound.id}` : '/innovation';
  const requestDirection = REQUEST_NOTIFICATION_DIRECTIONS[notification.kind];
  if (requestDirection) return requestsPath(requestDirection, notification.resourceRequest?.id);
  const topicId = notification.topic?.id ?? notification.assignment?.topic.id;
  if (!topicId) return '/notifications';
  return notification.assignment ? `/topics/${topicId}#assignment-${notification.assignment.id}` : `/topics/${topicId}`;
}
