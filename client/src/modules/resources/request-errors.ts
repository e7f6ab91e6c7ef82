import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { TFunction } from 'i18next';
import { errorMessage } from '@/app/errors';

/** The server's `extensions.reason`, also one the shared list does not name yet (CAPACITY_FULL). */
function serverReason(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const reason = error.errors[0]?.extensions?.reason;
  return typeof reason === 'string' ? reason : null;
}

/** A failed request move in words: a full period gets its own plain sentence. */
export function requestErrorMessage(error: unknown, t: TFunction): string {
  if (serverReason(error) === 'CAPACITY_FULL') return t('requests.capacityFull');
  return errorMessage(error, t);
}
