import type { Role } from '@yah/shared';

/** Who is offered "new event": chief editors (their member hosts) and the secretariat (any host). The server decides. */
export function mayCreateEvents(role: Role): boolean {
  return role === 'CHIEF_EDITOR' || role === 'SECRETARIAT';
}
