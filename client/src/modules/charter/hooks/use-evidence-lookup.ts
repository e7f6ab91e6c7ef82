import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import type { EvidenceLookupQuery as EvidenceLookupData } from '@/__generated__/graphql';
import { EvidenceLookupQuery } from '../commitment-fragments';

/** Pages of 100 looked through at most (the evidence a viewer may read, newest first on the server). */
const MAX_PAGES = 20;

export type EvidenceLookup =
  | { status: 'finding' }
  | { status: 'found'; commitmentId: string; memberId: string }
  | { status: 'missing' }
  | { status: 'error'; error: unknown };

interface Settled {
  id: string;
  result: EvidenceLookup;
}

/**
 * Where a piece of evidence known only by its id belongs (its commitment and member), so it can be read with the
 * evidence list's filter: the API lists evidence but has no field for one piece. Pages through what the viewer may read.
 */
export function useEvidenceLookup(id: string | null): EvidenceLookup | null {
  const client = useApolloClient();
  const [settled, setSettled] = useState<Settled | null>(null);

  useEffect(() => {
    if (!id) return undefined;
    let cancelled = false;
    const find = async (): Promise<EvidenceLookup> => {
      let after: string | null = null;
      for (let page = 0; page < MAX_PAGES; page += 1) {
        const cursor: string | null = after;
        const result: { data?: EvidenceLookupData | undefined } = await client.query({ query: EvidenceLookupQuery, variables: { after: cursor }, fetchPolicy: 'network-only' });
        const connection: EvidenceLookupData['commitmentEvidence'] | undefined = result.data?.commitmentEvidence;
        if (!connection) return { status: 'missing' };
        const found = connection.nodes.find((node) => node.id === id);
        if (found) return { status: 'found', commitmentId: found.commitment.id, memberId: found.member.id };
        if (!connection.pageInfo.hasNextPage || cancelled) return { status: 'missing' };
        after = connection.pageInfo.endCursor ?? null;
      }
      return { status: 'missing' };
    };
    find().then(
      (result) => {
        if (!cancelled) setSettled({ id, result });
      },
      (error: unknown) => {
        if (!cancelled) setSettled({ id, result: { status: 'error', error } });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id, client]);

  if (!id) return null;
  return settled?.id === id ? settled.result : { status: 'finding' };
}
