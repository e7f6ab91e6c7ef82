import type { Viewer } from '../../common/viewer';

export const memberFeedPolicy = {
  /** A member's feeds are configured by its chief editor, or by the secretariat. */
  mayManage: (viewer: Viewer, memberId: string) => viewer.role === 'SECRETARIAT' || (viewer.role === 'CHIEF_EDITOR' && viewer.memberId === memberId),
};
