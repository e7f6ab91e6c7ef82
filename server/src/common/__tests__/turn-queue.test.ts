import { TurnQueue } from '../turn-queue';

/** A thing with `slots` places, read and taken through the queue, counting what the database would see. */
function slotsOf(slots: number) {
  const state = { taken: [] as string[], reads: 0, takes: 0 };
  const queue = new TurnQueue<{ full: boolean; holders: string[] }, string, string>({
    read: async () => {
      state.reads += 1;
      await Promise.resolve();
      return { full: state.taken.length >= slots, holders: [...state.taken] };
    },
    refusal: (facts, who) => (facts.holders.includes(who) ? new Error('ALREADY_HOLDING') : facts.full ? new Error('SLOT_TAKEN') : null),
    take: async (who) => {
      state.takes += 1;
      await new Promise((resolve) => setImmediate(resolve));
      if (state.taken.length >= slots) throw new Error('SLOT_TAKEN');
      state.taken.push(who);
      return who;
    },
  });
  return { queue, state };
}

const outcome = (settled: PromiseSettledResult<string>) => (settled.status === 'fulfilled' ? 'WON' : (settled.reason as Error).message);

describe('TurnQueue', () => {
  it('lets the first arrivals take the free places one at a time, then refuses everyone else with one shared read', async () => {
    const { queue, state } = slotsOf(3);
    const people = Array.from({ length: 100 }, (_, i) => `reporter-${i}`);
    const settled = await Promise.allSettled(people.map((who) => queue.run('assignment', who)));
    expect(settled.map(outcome)).toEqual([...Array(3).fill('WON'), ...Array(97).fill('SLOT_TAKEN')]);
    expect(state.taken).toEqual(['reporter-0', 'reporter-1', 'reporter-2']);
    // One read per winner, then one that refuses the 97 others at once; no loser ever tries.
    expect({ reads: state.reads, takes: state.takes }).toEqual({ reads: 4, takes: 3 });
    expect(queue.waiting('assignment')).toBe(0);
  });

  it('judges someone who arrives during a read by the next read, not by that one', async () => {
    const { queue, state } = slotsOf(1);
    const first = queue.run('assignment', 'early');
    // Arrives while the first read is in flight: that read was sent before it came.
    await Promise.resolve();
    const second = queue.run('assignment', 'late');
    expect(await first).toBe('early');
    await expect(second).rejects.toThrow('SLOT_TAKEN');
    expect(state.reads).toBe(2);
  });

  it('refuses a second click by the same person with its own reason', async () => {
    const { queue } = slotsOf(5);
    const settled = await Promise.allSettled([queue.run('a', 'same'), queue.run('a', 'same'), queue.run('a', 'other')]);
    expect(settled.map(outcome)).toEqual(['WON', 'ALREADY_HOLDING', 'WON']);
  });

  it('keeps separate lines per key, and a failing turn fails only its own request', async () => {
    let calls = 0;
    const queue = new TurnQueue<null, string, string>({
      read: async () => null,
      refusal: () => null,
      take: async (who) => {
        calls += 1;
        if (who === 'broken') throw new Error('database went away');
        return who;
      },
    });
    const settled = await Promise.allSettled([queue.run('a', 'broken'), queue.run('a', 'fine'), queue.run('b', 'elsewhere')]);
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as Error).message))).toEqual(['database went away', 'fine', 'elsewhere']);
    expect(calls).toBe(3);
    expect(queue.waiting('a') + queue.waiting('b')).toBe(0);
  });

  it('rejects whoever a failed read was judging, and serves later arrivals with a fresh read', async () => {
    let reads = 0;
    const queue = new TurnQueue<null, string, string>({
      read: async () => {
        reads += 1;
        if (reads === 1) throw new Error('read failed');
        return null;
      },
      refusal: () => null,
      take: async (who) => who,
    });
    // The first read goes out as 'one' arrives; 'two' comes after it was sent.
    const settled = await Promise.allSettled([queue.run('a', 'one'), queue.run('a', 'two')]);
    expect(settled.map(outcome)).toEqual(['read failed', 'WON']);
  });
});
