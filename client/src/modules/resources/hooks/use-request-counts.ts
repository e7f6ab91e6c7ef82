import { skipToken, useQuery } from '@apollo/client/react';
import type { Role } from '@yah/shared';
import { graphql } from '@/__generated__';

export const ResourceRequestCountsQuery = graphql(`
  query ResourceRequestCounts {
    resourceRequestCounts {
      incomingPending
      incomingApproved
      outgoingOpen
    }
    me {
      id
      decidesResourceRequests
    }
  }
`);

/** Reporters neither request nor decide: they see no requests. */
export function seesRequests(role: Role): boolean {
  return role !== 'REPORTER';
}

export interface RequestCounts {
  /** Waiting for my member to decide or deliver. */
  incoming: number;
  outgoingOpen: number;
  /** Whether the viewer decides their member's incoming requests (the chief editor, or an editor they delegated). */
  decides: boolean;
  /** The number the navigation shows: what waits for me. */
  badge: number;
}

/** Badge counts of the viewer's member's requests; null until loaded (and for reporters). */
export function useRequestCounts(role: Role): RequestCounts | null {
  const { data } = useQuery(ResourceRequestCountsQuery, seesRequests(role) ? { fetchPolicy: 'cache-and-network' } : skipToken);
  if (!data) return null;
  const counts = data.resourceRequestCounts;
  const incoming = counts.incomingPending + counts.incomingApproved;
  const decides = role === 'CHIEF_EDITOR' || (data.me?.decidesResourceRequests ?? false);
  return { incoming, outgoingOpen: counts.outgoingOpen, decides, badge: decides ? incoming : counts.outgoingOpen };
}
