import type { ApolloClient } from '@apollo/client';
import type { NotificationKind } from '@/__generated__/graphql';
import { refetchActive } from '@/app/apollo-client';

/** Notifications about offers that change what the reporter must answer (a new offer, one taken back). */
const REPORTER_OFFER_KINDS: readonly NotificationKind[] = ['ASSIGNMENT_OFFERED', 'OFFER_WITHDRAWN'];

/** After a live notification about an offer: the reporter's home and My work show it (or drop it) at once. */
export function refreshAfterOfferNotification(client: ApolloClient, kind: NotificationKind): void {
  if (REPORTER_OFFER_KINDS.includes(kind)) refetchActive(client, ['ReporterNeeds', 'MyWork']);
}
