import { describe, expect, it } from 'vitest';
import { assignmentProgress } from '@yah/shared';
import { groupAssignments } from './assignment-groups';

const card = (id: string, counts: { slots: number; claimedCount: number; acceptedCount: number; status?: 'OPEN' | 'CANCELLED' }, dueAt = '2026-12-18T10:00:00Z') => ({
  id,
  dueAt,
  stage: assignmentProgress({ status: counts.status ?? 'OPEN', ...counts }).stage,
});

describe('the topic board columns', () => {
  it('puts accepted work under done and claimed work under in progress, not under open', () => {
    const groups = groupAssignments([
      card('accepted', { slots: 1, claimedCount: 1, acceptedCount: 1 }),
      card('claimed', { slots: 3, claimedCount: 1, acceptedCount: 0 }),
      card('free', { slots: 2, claimedCount: 0, acceptedCount: 0 }),
      card('partly', { slots: 3, claimedCount: 1, acceptedCount: 1 }),
      card('gone', { slots: 1, claimedCount: 0, acceptedCount: 0, status: 'CANCELLED' }),
    ]);
    expect(groups.done.map((a) => a.id)).toEqual(['accepted']);
    expect(groups.inProgress.map((a) => a.id)).toEqual(['claimed']);
    expect(groups.open.map((a) => a.id)).toEqual(['free', 'partly']);
    expect(groups.cancelled.map((a) => a.id)).toEqual(['gone']);
  });

  it('orders each column by due time', () => {
    const groups = groupAssignments([
      card('later', { slots: 1, claimedCount: 0, acceptedCount: 0 }, '2026-12-19T10:00:00Z'),
      card('sooner', { slots: 1, claimedCount: 0, acceptedCount: 0 }, '2026-12-17T10:00:00Z'),
    ]);
    expect(groups.open.map((a) => a.id)).toEqual(['sooner', 'later']);
  });
});
