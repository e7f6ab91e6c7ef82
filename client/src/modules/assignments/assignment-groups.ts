import type { AssignmentStatus, ClaimState } from '@yah/shared';

export type AssignmentColumn = 'open' | 'inProgress' | 'done' | 'cancelled';

export const ASSIGNMENT_COLUMNS: readonly AssignmentColumn[] = ['open', 'inProgress', 'done', 'cancelled'];

export interface GroupableAssignment {
  status: AssignmentStatus;
  slots: number;
  openSlots: number;
  dueAt: string;
  claims: readonly { state: ClaimState }[];
}

/**
 * Open: a slot is still free. In progress: every slot is held, not every piece accepted yet.
 * Done: as many accepted pieces as slots. (Claims are visible to the topic's editors only; others see
 * a full assignment as in progress.)
 */
export function assignmentColumn(assignment: GroupableAssignment): AssignmentColumn {
  if (assignment.status === 'CANCELLED') return 'cancelled';
  const accepted = assignment.claims.filter((claim) => claim.state === 'ACCEPTED').length;
  if (accepted >= assignment.slots) return 'done';
  if (assignment.openSlots > 0) return 'open';
  return 'inProgress';
}

export function groupAssignments<T extends GroupableAssignment>(assignments: readonly T[]): Record<AssignmentColumn, T[]> {
  const groups: Record<AssignmentColumn, T[]> = { open: [], inProgress: [], done: [], cancelled: [] };
  for (const assignment of assignments) groups[assignmentColumn(assignment)].push(assignment);
  for (const column of ASSIGNMENT_COLUMNS) groups[column].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return groups;
}
