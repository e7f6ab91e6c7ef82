/** Account roles, from the widest powers to the narrowest. */
export const ROLES = ['SECRETARIAT', 'CHIEF_EDITOR', 'EDITOR', 'REPORTER'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a chief editor may give to accounts of their own member. */
export const ROLES_A_CHIEF_EDITOR_MAY_GRANT: readonly Role[] = ['CHIEF_EDITOR', 'EDITOR', 'REPORTER'];

/** The SECRETARIAT role belongs only to accounts of the secretariat member unit. */
export function roleFitsMember(role: Role, memberIsSecretariat: boolean): boolean {
  return role === 'SECRETARIAT' ? memberIsSecretariat : true;
}

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';
