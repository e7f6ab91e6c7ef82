import type { DataSource, EntityManager } from 'typeorm';
import { createAppPubSub } from '../events';
import { inTransaction, TRANSACTION_ATTEMPTS } from '../transaction';

const fakeDataSource = { transaction: <T>(work: (manager: EntityManager) => Promise<T>) => work({} as EntityManager) } as unknown as DataSource;
const dbError = (code: string) => Object.assign(new Error(`SQLSTATE ${code}`), { driverError: { code } });

describe('defect 6: inTransaction', () => {
  it('runs a deadlock victim or a serialization failure again, publishing only the events of the attempt that committed', async () => {
    const pubSub = createAppPubSub(null);
    const published: string[] = [];
    const subscription = pubSub.subscribe('TOPIC_CHANGED');
    const reading = (async () => {
      for await (const event of subscription) published.push(event.topicId);
    })();
    let attempts = 0;
    const result = await inTransaction(fakeDataSource, pubSub, async (_manager, emit) => {
      attempts += 1;
      emit({ name: 'TOPIC_CHANGED', payload: { topicId: `attempt-${attempts}`, kind: 'UPDATED' } });
      if (attempts === 1) throw dbError('40P01');
      if (attempts === 2) throw dbError('40001');
      return 'done';
    });
    expect(result).toBe('done');
    expect(attempts).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(published).toEqual(['attempt-3']);
    await subscription.return?.();
    await reading;
  });

  it('gives up after a bounded number of attempts, and never retries other errors', async () => {
    let attempts = 0;
    await expect(
      inTransaction(fakeDataSource, createAppPubSub(null), async () => {
        attempts += 1;
        throw dbError('40P01');
      }),
    ).rejects.toThrow('SQLSTATE 40P01');
    expect(attempts).toBe(TRANSACTION_ATTEMPTS);
    attempts = 0;
    await expect(
      inTransaction(fakeDataSource, createAppPubSub(null), async () => {
        attempts += 1;
        throw dbError('23505');
      }),
    ).rejects.toThrow('SQLSTATE 23505');
    expect(attempts).toBe(1);
  });
});
