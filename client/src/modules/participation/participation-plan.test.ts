import { describe, expect, it } from 'vitest';
import { ON_TIME, TOPICS, jingzhouRow, planFields } from './participation.fixtures';
import { joinPlan } from './participation-plan';

describe('joinPlan', () => {
  it("gives every figure of a row its commitment and the period's days, in the row's order", () => {
    const [standing] = joinPlan([jingzhouRow], { ...planFields, commitments: [ON_TIME, TOPICS] });
    expect(standing!.member.id).toBe(jingzhouRow.member.id);
    expect(standing!.commitments.map((progress) => [progress.commitment.title, progress.commitment.weight, progress.actual, progress.elapsedDays, progress.periodDays])).toEqual([
      ['发起联合选题', 2, 8, 334, 365],
      ['按时交稿率', 1, 80, 334, 365],
    ]);
  });

  it('leaves out a figure whose commitment the period no longer lists', () => {
    const [standing] = joinPlan([jingzhouRow], { ...planFields, commitments: [ON_TIME] });
    expect(standing!.commitments.map((progress) => progress.commitment.id)).toEqual([ON_TIME.id]);
  });
});
