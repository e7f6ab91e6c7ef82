import { ROLES, ROLES_A_CHIEF_EDITOR_MAY_GRANT, roleFitsMember, type AllianceRole, type Role } from '@yah/shared';

/** The secretariat is itself a member unit: the one whose alliance role is SECRETARIAT. */
export function isSecretariatMember(member: { allianceRole: AllianceRole }): boolean {
  return member.allianceRole === 'SECRETARIAT';
}

/** Who may see and manage a member's accounts: the secretariat, or that member's own chief editor. */
export function canManageAccounts(viewer: { role: Role; member: { id: string } }, memberId: string): boolean {
  return viewer.role === 'SECRETARIAT' || (viewer.role === 'CHIEF_EDITOR' && viewer.member.id === memberId);
}

/**
 * Roles the viewer may give to a new account of a member: the secretariat any role, a chief editor all but
 * SECRETARIAT; and SECRETARIAT only ever on the secretariat member. (The server checks the same rules.)
 */
export function grantableRoles(viewerRole: Role, memberIsSecretariat: boolean): Role[] {
  const base: readonly Role[] =
    viewerRole === 'SECRETARIAT' ? ROLES : viewerRole === 'CHIEF_EDITOR' ? ROLES_A_CHIEF_EDITOR_MAY_GRANT : [];
  return base.filter((role) => roleFitsMember(role, memberIsSecretariat));
}
