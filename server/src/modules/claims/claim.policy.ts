import type { Viewer } from '../../common/viewer';

export const claimPolicy = {
  /** Reporters of any member claim work. */
  canClaim: (viewer: Viewer) => viewer.role === 'REPORTER',
  /** A claim is its reporter's to release and submit. */
  isOwnClaim: (viewer: Viewer, reporterId: string) => viewer.userId === reporterId,
};
