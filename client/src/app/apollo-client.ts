import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, type FieldPolicy, type Reference } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { readProblem } from './errors';
import { markSessionExpired } from './auth/session';

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
        },
      },
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
    },
  });
}

/** Operations whose own failure to authenticate is an answer, not an expired session. */
const AUTH_OPERATIONS = new Set(['SignIn', 'SignOut', 'ChangePassword']);

export function createApolloClient(options: { fetch?: typeof fetch } = {}): ApolloClient {
  const cache = createCache();

  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (operation.operationName && AUTH_OPERATIONS.has(operation.operationName)) return;
    if (readProblem(error).code === 'UNAUTHENTICATED') markSessionExpired(cache);
  });

  const httpLink = new HttpLink({ uri: '/graphql', credentials: 'same-origin', fetch: options.fetch });

  return new ApolloClient({
    cache,
    link: ApolloLink.from([sessionLink, httpLink]),
    clientAwareness: { name: 'yah-web', version: '0.1.0' },
  });
}
