import { ROLES_A_CHIEF_EDITOR_MAY_GRANT, roleFitsMember, type Role } from '@yah/shared';
import type { Viewer } from '../../common/viewer';

export const accountPolicy = {
  /** The secretariat manages every member's accounts; a chief editor manages their own member's. */
  canManageAccountsOf: (viewer: Viewer, memberId: string) =>
    viewer.role === 'SECRETARIAT' || (viewer.role === 'CHIEF_EDITOR' && viewer.memberId === memberId),

  /** Email, last sign-in and active flag: for the person themself, their member's chief editor and the secretariat. */
  canReadAccount: (viewer: Viewer, user: { id: string; memberId: string }) =>
    viewer.userId === user.id || accountPolicy.canManageAccountsOf(viewer, user.memberId),

  /** A one-time password reset link: the secretariat for any account, a chief editor for their own member's. */
  canIssuePasswordReset: (viewer: Viewer, user: { memberId: string }) => accountPolicy.canManageAccountsOf(viewer, user.memberId),

  /** Which roles the viewer may hand out on a given member. */
  canGrantRole: (viewer: Viewer, role: Role, targetMemberIsSecretariat: boolean) =>
    roleFitsMember(role, targetMemberIsSecretariat) &&
    (viewer.role === 'SECRETARIAT' || ROLES_A_CHIEF_EDITOR_MAY_GRANT.includes(role)),
};
