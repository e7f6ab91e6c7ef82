import type { Viewer } from '../../common/viewer';

export const memberPolicy = {
  /** Admitting members is the secretariat's job. */
  canAdmit: (viewer: Viewer) => viewer.role === 'SECRETARIAT',
  /** So is suspending and reactivating them (never the secretariat unit itself). */
  canChangeStatus: (viewer: Viewer) => viewer.role === 'SECRETARIAT',
  /** Why a member was suspended or reactivated: the secretariat and the member's own people. */
  canReadStatusReason: (viewer: Viewer, member: { id: string }) => viewer.role === 'SECRETARIAT' || viewer.memberId === member.id,
};
