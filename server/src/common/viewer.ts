import type { Role } from '@yah/shared';

/** The signed-in account a request acts for. */
export interface Viewer {
  userId: string;
  memberId: string;
  role: Role;
  sessionId: string;
  /** True when the account belongs to the secretariat member unit. */
  memberIsSecretariat: boolean;
}
