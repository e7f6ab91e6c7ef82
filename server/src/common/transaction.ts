import { setTimeout as sleep } from 'node:timers/promises';
import type { DataSource, EntityManager } from 'typeorm';
import { sqlState } from './db-errors';
import { publishAll, type AppEvent, type AppPubSub } from './events';

export type Emit = (event: AppEvent) => void;

/**
 * LOCK ORDER — every transaction that writes an assignment and its claims takes the row locks in this
 * order: the assignment row first (`SELECT … FOR UPDATE`, or the guarded `UPDATE assignments` of a claim),
 * then its claims. Two transactions taking them the other way round deadlock on PostgreSQL.
 */
export const LOCK_ORDER = ['assignments', 'claims'] as const;

/** SQLSTATEs after which PostgreSQL rolled the whole transaction back and running it again may succeed. */
const RETRYABLE_STATES = new Set(['40001' /* serialization_failure */, '40P01' /* deadlock_detected */]);
/** Tries in all, the first one included. */
export const TRANSACTION_ATTEMPTS = 4;

/** True for a serialization failure or a deadlock: the transaction was rolled back and may simply be run again. */
export function isRetryableTransactionError(error: unknown): boolean {
  const state = sqlState(error);
  return state !== undefined && RETRYABLE_STATES.has(state);
}

/**
 * Runs work in one database transaction and publishes the live events it raised only once the
 * transaction has committed, so no subscriber ever sees a change that was rolled back.
 *
 * A transaction PostgreSQL aborted as a deadlock victim or for a serialization failure is run again
 * from the start (a few times, after a short random pause), with a fresh list of events: `work` must
 * therefore read everything it decides on inside the transaction, through `manager`.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  pubSub: AppPubSub,
  work: (manager: EntityManager, emit: Emit) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const events: AppEvent[] = [];
    try {
      const result = await dataSource.transaction((manager) => work(manager, (event) => events.push(event)));
      publishAll(pubSub, events);
      return result;
    } catch (error) {
      if (attempt >= TRANSACTION_ATTEMPTS || !isRetryableTransactionError(error)) throw error;
      await sleep(Math.round(Math.random() * 20 * attempt));
    }
  }
}
