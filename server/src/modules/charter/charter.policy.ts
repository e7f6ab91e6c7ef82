import { isNewsroomEditor } from '@yah/shared';
import type { Viewer } from '../../common/viewer';

const isSecretariat = (viewer: Viewer) => viewer.role === 'SECRETARIAT';

/**
 * Who may do what with the charter, periods, commitments and evidence. Everyone signed in reads the charter, the
 * periods and the commitments; only the secretariat changes them.
 */
export const charterPolicy = {
  /** Publish a new version of the charter. */
  mayPublish: isSecretariat,

  /** Open periods; set, change and remove commitments and per-member targets. */
  mayManageCommitments: isSecretariat,

  /** Per-member targets: the secretariat sees every member's; anyone else only their own member's. */
  targetsShown: (viewer: Viewer): 'ALL' | 'OWN_MEMBER' => (isSecretariat(viewer) ? 'ALL' : 'OWN_MEMBER'),
};

export const evidencePolicy = {
  /** Give evidence for a member: its editors and chief editor, or the secretariat for any member. */
  maySubmit: (viewer: Viewer, memberId: string) => isSecretariat(viewer) || (isNewsroomEditor(viewer.role) && viewer.memberId === memberId),

  /** Verify or reject evidence. */
  mayDecide: isSecretariat,

  /** Which evidence a list shows the viewer: every member's (the secretariat), their own member's (its editors), none (reporters). */
  listed: (viewer: Viewer): 'ALL' | 'OWN_MEMBER' | 'NONE' => (isSecretariat(viewer) ? 'ALL' : isNewsroomEditor(viewer.role) ? 'OWN_MEMBER' : 'NONE'),

  mayRead(viewer: Viewer, evidence: { memberId: string }): boolean {
    const listed = this.listed(viewer);
    return listed === 'ALL' || (listed === 'OWN_MEMBER' && evidence.memberId === viewer.memberId);
  },
};
