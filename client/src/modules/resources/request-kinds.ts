import type { ApolloClient } from '@apollo/client';
import type { NotificationKind, RequestDirection } from '@/__generated__/graphql';
import { refetchActive } from '@/app/apollo-client';

/** Notification kinds about a resource request, and which side of it (tab of `/requests`) the reader is on. */
export const REQUEST_NOTIFICATION_DIRECTIONS: Partial<Record<NotificationKind, RequestDirection>> = {
  RESOURCE_REQUESTED: 'INCOMING',
  REQUEST_CANCELLED: 'INCOMING',
  REQUEST_APPROVED: 'OUTGOING',
  REQUEST_DECLINED: 'OUTGOING',
  REQUEST_FULFILLED: 'OUTGOING',
};

export function isRequestNotification(kind: NotificationKind): boolean {
  return REQUEST_NOTIFICATION_DIRECTIONS[kind] !== undefined;
}

/** `/requests` at the given side, scrolled to one request when known. */
export function requestsPath(direction: RequestDirection, requestId?: string | null): string {
  const path = `/requests?tab=${direction === 'INCOMING' ? 'incoming' : 'outgoing'}`;
  return requestId ? `${path}#request-${requestId}` : path;
}

/**
 * After a live notification about a request: the request itself is already updated in the cache from the
 * notification's payload; the badge counts are refetched, and the lists only when a new request arrived.
 */
export function refreshAfterRequestNotification(client: ApolloClient, kind: NotificationKind): void {
  if (!isRequestNotification(kind)) return;
  refetchActive(client, kind === 'RESOURCE_REQUESTED' ? ['ResourceRequestCounts', 'ResourceRequests'] : ['ResourceRequestCounts']);
}
