/** How a line of requests for one thing is served (see TurnQueue). */
export interface TurnRules<Facts, Waiter, Result> {
  /** Reads the thing's facts once for everyone waiting at that moment. */
  read: (key: string) => Promise<Facts>;
  /** Why those facts already refuse this waiter, or null when it should take its turn. */
  refusal: (facts: Facts, waiter: Waiter) => Error | null;
  /** The waiter's turn, alone: the work that may change the facts (a transaction). */
  take: (waiter: Waiter) => Promise<Result>;
}

interface Pending<Waiter, Result> {
  waiter: Waiter;
  resolve: (result: Result) => void;
  reject: (error: unknown) => void;
}

/**
 * Requests that contend for one thing (the slots of one assignment) take turns in this process, in the order they
 * arrived. Each round reads the thing's facts once for everyone then waiting: whoever that read already refuses is
 * answered at once, and the first of the others takes its turn alone; then the next round reads again.
 *
 * Under a burst — a thousand reporters clicking the same assignment — the winners thus commit before the others look,
 * and the others are refused by one read they share, instead of all reading "a slot is free" at the same instant and
 * then queueing in transactions for the row lock (or for embedded PGlite's only connection). A waiter is only judged
 * by a read sent after it arrived, so each answer is one the database gave during that request.
 *
 * It orders work within one process and decides nothing itself: the guarded statement inside `take` remains the only
 * judge of who gets what, so several server copies stay correct (they just do not share their lines). Nothing is kept
 * once a line is empty.
 */
export class TurnQueue<Facts, Waiter, Result> {
  private readonly lines = new Map<string, Pending<Waiter, Result>[]>();

  constructor(private readonly rules: TurnRules<Facts, Waiter, Result>) {}

  run(key: string, waiter: Waiter): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      const pending = { waiter, resolve, reject };
      const line = this.lines.get(key);
      if (line) {
        line.push(pending);
        return;
      }
      const fresh = [pending];
      this.lines.set(key, fresh);
      void this.serve(key, fresh);
    });
  }

  /** Requests waiting (or being served) in this process, per key: for tests and diagnostics. */
  waiting(key: string): number {
    return this.lines.get(key)?.length ?? 0;
  }

  private async serve(key: string, line: Pending<Waiter, Result>[]): Promise<void> {
    while (line.length > 0) {
      // Only those already waiting when the read is sent are judged by it.
      const judged = line.length;
      let facts: Facts;
      try {
        facts = await this.rules.read(key);
      } catch (error) {
        for (const pending of line.splice(0, judged)) pending.reject(error);
        continue;
      }
      let next: Pending<Waiter, Result> | null = null;
      const kept: Pending<Waiter, Result>[] = [];
      for (const pending of line.splice(0, judged)) {
        let refusal: Error | null;
        try {
          refusal = this.rules.refusal(facts, pending.waiter);
        } catch (error) {
          refusal = error instanceof Error ? error : new Error(String(error));
        }
        if (refusal) pending.reject(refusal);
        else if (!next) next = pending;
        else kept.push(pending);
      }
      // The others judged by this read wait, still in arrival order, ahead of anyone who came during it.
      line.unshift(...kept);
      if (!next) continue;
      try {
        next.resolve(await this.rules.take(next.waiter));
      } catch (error) {
        next.reject(error);
      }
    }
    this.lines.delete(key);
  }
}
