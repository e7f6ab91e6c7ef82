import type { Viewer } from '../../common/viewer';

/** Whose rows of the participation dashboard a viewer reads. */
export type ParticipationScope = 'ALL' | 'OWN_MEMBER' | 'NONE';

export const participationPolicy = {
  /** The secretariat watches every member; a chief editor sees their own member's row (and the alliance totals); nobody else. */
  scope: (viewer: Viewer): ParticipationScope => (viewer.role === 'SECRETARIAT' ? 'ALL' : viewer.role === 'CHIEF_EDITOR' ? 'OWN_MEMBER' : 'NONE'),

  /** A member's scorecard and the rows behind its figures: the secretariat for any member, a chief editor for their own. */
  mayReadMember(viewer: Viewer, memberId: string): boolean {
    const scope = this.scope(viewer);
    return scope === 'ALL' || (scope === 'OWN_MEMBER' && viewer.memberId === memberId);
  },

  /** The province roll-ups and who is quiet compare members with each other: the secretariat's. */
  mayCompareMembers: (viewer: Viewer) => viewer.role === 'SECRETARIAT',

  /** The monthly report (联盟工作月报) is the secretariat's. */
  mayReadMonthlyReport: (viewer: Viewer) => viewer.role === 'SECRETARIAT',
};
