import type { Viewer } from '../../common/viewer';

export const auditPolicy = {
  /** The audit log (who changed what, before and after) is the secretariat's to read and export. */
  mayReadLog: (viewer: Viewer) => viewer.role === 'SECRETARIAT',
};
