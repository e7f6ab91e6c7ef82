import { INNOVATION_ROUND_STATUSES, ROLES, type InnovationRoundStatus, type Role } from '@yah/shared';
import type { Viewer } from '../../../common/viewer';
import { innovationPolicy } from '../innovation.policy';

const OWN = 'member-own';
const OTHER = 'member-other';
const viewer = (role: Role, memberId: string): Viewer => ({ userId: `${role}-${memberId}`, memberId, role, sessionId: 's', memberIsSecretariat: role === 'SECRETARIAT' });
const round = (status: InnovationRoundStatus) => ({ status, submissionsCloseAt: new Date(Date.now() + 86_400_000) });
const project = { memberId: OWN, status: 'SUBMITTED' as const };

describe('innovation policy, role × member × round status', () => {
  it.each(ROLES.flatMap((role) => [OWN, OTHER].flatMap((memberId) => [true, false].flatMap((onPanel) => INNOVATION_ROUND_STATUSES.map((status) => [role, memberId, onPanel, status] as const)))))(
    '%s of %s (on panel: %s) in a %s round',
    (role, memberId, onPanel, status) => {
      const who = viewer(role, memberId);
      const secretariat = role === 'SECRETARIAT';
      const scoresVisible = (status === 'CLOSED' || status === 'PUBLISHED') && (onPanel || secretariat);
      expect(innovationPolicy.maySeeAllScores(who, onPanel, round(status))).toBe(scoresVisible);
      expect(innovationPolicy.maySeeProgress(who)).toBe(secretariat);
      const reads = memberId === OWN || secretariat || status === 'PUBLISHED' || (onPanel && (status === 'SCORING' || status === 'CLOSED'));
      expect(innovationPolicy.mayReadProject(who, onPanel, round(status), project)).toBe(reads);
      const actions = innovationPolicy.projectActions(who, onPanel, round(status), project);
      const editor = role === 'EDITOR' || role === 'CHIEF_EDITOR';
      expect(actions.includes('EDIT')).toBe(editor && memberId === OWN && status === 'OPEN');
      // Never their own member's project (conflict of interest).
      expect(actions.includes('SCORE')).toBe(onPanel && status === 'SCORING' && memberId !== OWN);
      expect(actions.includes('SET_AWARD')).toBe(secretariat && status === 'CLOSED');
      const roundActions = innovationPolicy.roundActions(who, onPanel, round(status));
      expect(roundActions.includes('SUBMIT')).toBe(editor && status === 'OPEN');
      expect(roundActions.includes('MOVE')).toBe(secretariat && status !== 'PUBLISHED');
      expect(roundActions.includes('PRESENT')).toBe(secretariat);
    },
  );

  it('takes no submissions once the deadline has passed, even while OPEN', () => {
    const late = { status: 'OPEN' as const, submissionsCloseAt: new Date(Date.now() - 1000) };
    expect(innovationPolicy.roundActions(viewer('EDITOR', OWN), false, late)).toEqual([]);
    expect(innovationPolicy.projectActions(viewer('EDITOR', OWN), false, late, project)).toEqual([]);
  });

  it('keeps withdrawn projects with their own member', () => {
    expect(innovationPolicy.mayReadProject(viewer('EDITOR', OTHER), true, round('PUBLISHED'), { memberId: OWN, status: 'WITHDRAWN' })).toBe(false);
    expect(innovationPolicy.mayReadProject(viewer('REPORTER', OWN), false, round('PUBLISHED'), { memberId: OWN, status: 'WITHDRAWN' })).toBe(true);
  });
});
