import type { TFunction } from 'i18next';
import type { Role } from '@/__generated__/graphql';

/** What a participant is at the event: a guest's own title, or the account's role in words (记者, 编辑 …). */
export function participantTitle(t: TFunction, participant: { title?: string | null; user?: { role: Role } | null }): string | null {
  return participant.title ?? (participant.user ? t(`enums.role.${participant.user.role}`) : null);
}
