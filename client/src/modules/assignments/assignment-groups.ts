import type { AssignmentStage } from '@yah/shared';

export type AssignmentColumn = 'open' | 'inProgress' | 'done' | 'cancelled';

export const ASSIGNMENT_COLUMNS: readonly AssignmentColumn[] = ['open', 'inProgress', 'done', 'cancelled'];

const COLUMN_OF: Record<AssignmentStage, AssignmentColumn> = { OPEN: 'open', IN_PROGRESS: 'inProgress', DONE: 'done', CANCELLED: 'cancelled' };

export interface GroupableAssignment {
  /** The server's stage (`assignmentProgress` in @yah/shared): the same for every viewer, claims visible or not. */
  stage: AssignmentStage;
  dueAt: string;
}

/**
 * The board column follows where the work stands (shared rule `assignmentProgress`): done when every slot holds
 * accepted work, in progress while any slot is claimed, submitted or sent back, open otherwise.
 */
export function assignmentColumn(assignment: GroupableAssignment): AssignmentColumn {
  return COLUMN_OF[assignment.stage];
}

export function groupAssignments<T extends GroupableAssignment>(assignments: readonly T[]): Record<AssignmentColumn, T[]> {
  const groups: Record<AssignmentColumn, T[]> = { open: [], inProgress: [], done: [], cancelled: [] };
  for (const assignment of assignments) groups[assignmentColumn(assignment)].push(assignment);
  for (const column of ASSIGNMENT_COLUMNS) groups[column].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return groups;
}
