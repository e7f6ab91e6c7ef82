import type { Viewer } from '../../common/viewer';

export const memberPolicy = {
  /** Admitting members is the secretariat's job. */
  canAdmit: (viewer: Viewer) => viewer.role === 'SECRETARIAT',
};
