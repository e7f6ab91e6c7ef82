import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type FieldPolicy, type Reference } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { CloseCode, createClient } from 'graphql-ws';
import { readProblem } from './errors';
import { isSigningOut, markSessionExpired } from './auth/session';
import { ViewerQuery } from './auth/viewer';

interface StoredConnection {
  nodes: readonly Reference[];
  [field: string]: unknown;
}

/** Cursor pagination: a page without `after` replaces the list, a page with `after` is appended. */
function cursorConnection(keyArgs: string[]): FieldPolicy<StoredConnection> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!existing || !args?.after) return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
    },
  };
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          members: cursorConnection(['provinceCode', 'search', 'first']),
          memberAccounts: cursorConnection(['memberId', 'first']),
          topics: cursorConnection(['filter', 'first']),
          openAssignments: cursorConnection(['filter', 'first']),
          myClaims: cursorConnection(['states', 'first']),
          reviewQueue: cursorConnection(['first']),
          offerCandidates: cursorConnection(['assignmentId', 'search', 'memberId', 'first']),
          notifications: cursorConnection(['unreadOnly', 'first']),
          resources: cursorConnection(['filter', 'first']),
          resourceRequests: cursorConnection(['filter', 'first']),
          auditLog: cursorConnection(['filter', 'first']),
          events: cursorConnection(['filter', 'first']),
          participationEntries: cursorConnection(['periodId', 'memberId', 'metric', 'commitmentId', 'first']),
          commitmentEvidence: cursorConnection(['filter', 'first']),
          // Lists without identity of their own: the server's list always replaces the cached one.
          myFollows: { merge: false },
          memberFeeds: { keyArgs: ['memberId'], merge: false },
        },
      },
      Topic: {
        fields: {
          comments: cursorConnection(['first']),
          // Lists without identity of their own: the server's list always replaces the cached one.
          coSponsors: { merge: false },
          assignments: { merge: false },
          provinces: { merge: false },
        },
      },
      Assignment: { fields: { claims: { merge: false } } },
      Claim: { fields: { publications: { merge: false } } },
      Resource: {
        fields: {
          // The server's lists replace the cached ones (a live event carries the whole list).
          publications: { merge: false },
          media: { merge: false },
          package: { merge: false },
        },
      },
      Event: {
        fields: {
          registrations: cursorConnection(['first']),
          // Lists without identity of their own, and the report: the server's answer replaces the cached one.
          days: { merge: false },
          invitedMembers: { merge: false },
          materials: { merge: false },
          topics: { merge: false },
          attendance: { merge: false },
          viewerActions: { merge: false },
          report: { merge: false },
        },
      },
      EventRegistration: { fields: { participants: { merge: false }, viewerActions: { merge: false } } },
      EventParticipant: { fields: { checkIns: { merge: false } } },
      Province: { keyFields: ['code'] },
      Member: {
        fields: {
          // Channels have no identity: a new list always replaces the old one.
          channels: { merge: false },
        },
      },
      Channel: { keyFields: false },
      StaffCounts: { keyFields: false, merge: true },
      MemberConnection: { keyFields: false },
      UserConnection: { keyFields: false },
      PageInfo: { keyFields: false },
      TopicConnection: { keyFields: false },
      AssignmentConnection: { keyFields: false },
      ClaimConnection: { keyFields: false },
      CommentConnection: { keyFields: false },
      NotificationConnection: { keyFields: false },
      CoSponsor: { keyFields: false },
      AssignmentProgress: { keyFields: false, merge: true },
      Reach: { keyFields: false, merge: true },
      CalendarEntry: { keyFields: false },
      TopicEvent: { keyFields: false },
      ResourceConnection: { keyFields: false },
      ResourceMedia: { keyFields: false },
      RepublicationPackage: { keyFields: false },
      ResourceEvent: { keyFields: false },
      ResourceRequestConnection: { keyFields: false },
      ResourceRequestCounts: { keyFields: false, merge: true },
      ExchangeBalance: { keyFields: false, merge: true },
      EventConnection: { keyFields: false },
      EventRegistrationConnection: { keyFields: false },
      EventDay: { keyFields: false },
      EventPass: { keyFields: ['participantId'] },
      MemberAttendance: { keyFields: false },
      EventReport: { keyFields: false },
      EventReportTotals: { keyFields: false },
      EventReportMemberRow: { keyFields: false },
      EventReportDayRow: { keyFields: false },
      EventReportPiece: { keyFields: false },
      EventChange: { keyFields: false },
      // Participation: figures without identity of their own, always read whole from the server.
      Period: { fields: { commitments: { merge: false } } },
      Participation: { keyFields: false, merge: true },
      ParticipationRow: { keyFields: false },
      CommitmentProgress: { keyFields: false },
      ParticipationTotals: { keyFields: false },
      MetricTotal: { keyFields: false },
      StatusCount: { keyFields: false },
      ProvinceParticipation: { keyFields: false },
      MonthTrend: { keyFields: false },
      QuietMember: { keyFields: false },
      ParticipationEntry: { keyFields: false },
      ParticipationEntryConnection: { keyFields: false },
      MonthlyReport: { keyFields: false },
      ReportEvent: { keyFields: false },
      // Charter and commitments: articles, changes and per-member targets have no identity of their own.
      CharterVersion: { fields: { articles: { merge: false }, changes: { merge: false } } },
      CharterArticle: { keyFields: false },
      CharterChange: { keyFields: false },
      Commitment: { fields: { targets: { merge: false } } },
      CommitmentTarget: { keyFields: false },
      CommitmentEvidenceConnection: { keyFields: false },
    },
  });
}

/** Operations whose own failure to authenticate is an answer, not an expired session. */
const AUTH_OPERATIONS = new Set(['SignIn', 'SignOut', 'ChangePassword']);

/** `ws://host/graphql` on http, `wss://host/graphql` on https: the same origin, so the session cookie goes along. */
export function webSocketUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
}

/** Reconnection back-off: 1 s, 2 s, 4 s … capped at 30 s, with jitter so many tabs do not retry at once. */
function retryWait(retries: number): Promise<void> {
  const delay = Math.min(30_000, 1000 * 2 ** retries) + Math.floor(Math.random() * 1000);
  return new Promise((resolve) => window.setTimeout(resolve, delay));
}

/**
 * The server closes a live socket whose session ended (signed out elsewhere, password changed, account
 * deactivated: 4401) and refuses one without a session (4403): reconnecting cannot help.
 */
export function sessionEndedOnSocket(event: unknown): boolean {
  const code = typeof event === 'object' && event !== null && 'code' in event ? event.code : null;
  return code === CloseCode.Unauthorized || code === CloseCode.Forbidden;
}

export interface ApolloClientOptions {
  fetch?: typeof fetch;
  /** Subscriptions over graphql-ws (default: when the browser has WebSocket). */
  webSocket?: boolean;
}

export function createApolloClient(options: ApolloClientOptions = {}): ApolloClient {
  const cache = createCache();

  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (operation.operationName && AUTH_OPERATIONS.has(operation.operationName)) return;
    if (readProblem(error).code === 'UNAUTHENTICATED') markSessionExpired(cache);
  });

  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin', fetch: options.fetch });

  const useWebSocket = options.webSocket ?? typeof WebSocket !== 'undefined';
  let client: ApolloClient | null = null;
  let transport: ApolloLink = httpLink;
  if (useWebSocket) {
    const wsClient = createClient({
      url: webSocketUrl(window.location),
      // Opened on the first subscription, closed with the last one: after signing out and in again the next
      // socket carries the new session cookie.
      lazy: true,
      retryAttempts: Number.POSITIVE_INFINITY,
      retryWait,
      shouldRetry: (event) => !sessionEndedOnSocket(event),
      on: {
        // A session that ended while someone was signed in here: back to the sign-in page, saying why.
        closed: (event) => {
          if (sessionEndedOnSocket(event) && !isSigningOut() && cache.readQuery({ query: ViewerQuery })?.me) markSessionExpired(cache);
        },
        // Events sent while the socket was down are lost: bring what is on screen up to date.
        connected: (_socket, _payload, wasRetry) => {
          if (wasRetry) void client?.refetchObservableQueries();
        },
      },
    });
    const wsLink = new GraphQLWsLink(wsClient);
    transport = ApolloLink.split((operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION, wsLink, httpLink);
  }

  client = new ApolloClient({
    cache,
    link: ApolloLink.from([sessionLink, transport]),
    clientAwareness: { name: 'yah-web', version: '0.1.0' },
  });
  return client;
}

/** Refetches the named queries that are on screen now (naming an inactive one in `refetchQueries` only warns). */
export function refetchActive(client: ApolloClient, names: readonly string[]): void {
  for (const query of client.getObservableQueries('active')) {
    if (query.queryName && names.includes(query.queryName)) void query.refetch();
  }
}
