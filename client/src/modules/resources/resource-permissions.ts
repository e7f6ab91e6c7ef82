import type { Role } from '@yah/shared';

/** Editors and chief editors of a member newsroom offer resources (the server checks again: see resource.policy). */
export function canShareResources(role: Role): boolean {
  return role === 'EDITOR' || role === 'CHIEF_EDITOR';
}
