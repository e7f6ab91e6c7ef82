import type { DataSource, EntityManager } from 'typeorm';
import { publishAll, type AppEvent, type AppPubSub } from './events';

export type Emit = (event: AppEvent) => void;

/**
 * Runs work in one database transaction and publishes the live events it raised only once the
 * transaction has committed, so no subscriber ever sees a change that was rolled back.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  pubSub: AppPubSub,
  work: (manager: EntityManager, emit: Emit) => Promise<T>,
): Promise<T> {
  const events: AppEvent[] = [];
  const result = await dataSource.transaction((manager) => work(manager, (event) => events.push(event)));
  publishAll(pubSub, events);
  return result;
}
