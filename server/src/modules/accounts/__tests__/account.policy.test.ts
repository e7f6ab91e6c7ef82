import type { Role } from '@yah/shared';
import type { Viewer } from '../../../common/viewer';
import { accountPolicy } from '../account.policy';

const viewer = (role: Role, memberId = 'm-changsha'): Viewer => ({ role, memberId, userId: 'u', sessionId: 's', memberIsSecretariat: role === 'SECRETARIAT' });

describe('account policy', () => {
  it.each<[Role, string, boolean]>([
    ['SECRETARIAT', 'm-other', true],
    ['CHIEF_EDITOR', 'm-changsha', true],
    ['CHIEF_EDITOR', 'm-other', false],
    ['EDITOR', 'm-changsha', false],
    ['REPORTER', 'm-changsha', false],
  ])('%s managing accounts of %s: %s', (role, memberId, allowed) => {
    expect(accountPolicy.canManageAccountsOf(viewer(role), memberId)).toBe(allowed);
  });

  it('lets chief editors grant every role but SECRETARIAT, and keeps SECRETARIAT in the secretariat unit', () => {
    const chief = viewer('CHIEF_EDITOR');
    expect(accountPolicy.canGrantRole(chief, 'CHIEF_EDITOR', false)).toBe(true);
    expect(accountPolicy.canGrantRole(chief, 'REPORTER', false)).toBe(true);
    expect(accountPolicy.canGrantRole(chief, 'SECRETARIAT', true)).toBe(false);
    expect(accountPolicy.canGrantRole(viewer('SECRETARIAT'), 'SECRETARIAT', false)).toBe(false);
    expect(accountPolicy.canGrantRole(viewer('SECRETARIAT'), 'SECRETARIAT', true)).toBe(true);
  });
});
