import type { Logger } from './logger';

export interface RepeatingJob {
  /** Stops the timer and waits for a round in flight, so the database is not closed under it. */
  stop(): Promise<void>;
}

/**
 * Runs `work` every `intervalMs` (and once at start when asked), one round at a time: a tick that finds the previous
 * round still running is skipped. A failed round is logged and the next one tries again. The timer never keeps the
 * process alive.
 */
export function startRepeatingJob(name: string, intervalMs: number, work: () => Promise<void>, log: Logger, options: { runAtStart?: boolean } = {}): RepeatingJob {
  let running: Promise<void> | null = null;
  const round = () => {
    if (running) return;
    running = work()
      .catch((error: unknown) => log.warn({ err: error, job: name }, 'a scheduled job failed'))
      .finally(() => {
        running = null;
      });
  };
  if (options.runAtStart) round();
  const timer = setInterval(round, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
