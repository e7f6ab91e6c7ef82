import type { Role } from '@yah/shared';

/** Who configures a member's RSS/Atom feeds: its chief editor, or the secretariat (the server checks the same). */
export function managesFeeds(viewer: { role: Role; member: { id: string } }, memberId: string): boolean {
  return viewer.role === 'SECRETARIAT' || (viewer.role === 'CHIEF_EDITOR' && viewer.member.id === memberId);
}
