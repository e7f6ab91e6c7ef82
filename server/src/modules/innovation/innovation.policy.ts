import {
  INNOVATION_SCORES_VISIBLE_STATUSES,
  INNOVATION_ROUND_TRANSITIONS,
  isNewsroomEditor,
  type InnovationProjectAction,
  type InnovationProjectStatus,
  type InnovationRoundAction,
  type InnovationRoundStatus,
} from '@yah/shared';
import type { Viewer } from '../../common/viewer';

/** What the policies need to know about a round, and the viewer's place in it. */
export interface InnovationRoundFacts {
  status: InnovationRoundStatus;
  submissionsCloseAt: Date;
}

export interface InnovationProjectFacts {
  memberId: string;
  status: InnovationProjectStatus;
}

const isSecretariat = (viewer: Viewer) => viewer.role === 'SECRETARIAT';

/** Submissions are taken while the round is OPEN and its deadline has not passed. */
const takesSubmissions = (round: InnovationRoundFacts, now: Date) => round.status === 'OPEN' && now < round.submissionsCloseAt;

/** A panellist never scores a project of their own member (conflict of interest). */
const mayScore = (viewer: Viewer, onPanel: boolean, project: InnovationProjectFacts) => onPanel && viewer.memberId !== project.memberId;

export const innovationPolicy = {
  /** The secretariat opens and runs rounds: criteria, panel, moves and awards. */
  mayManage: (viewer: Viewer) => isSecretariat(viewer),

  /** A member's chief editors and editors submit and keep their member's projects. */
  maySubmitFor: (viewer: Viewer) => isNewsroomEditor(viewer.role),

  takesSubmissions,

  mayScore,

  /**
   * Who reads a project: everyone once the round is published; before that its own member, the secretariat, and the
   * panel while it scores (SCORING, CLOSED). Withdrawn projects stay with their own member (and the secretariat).
   */
  mayReadProject(viewer: Viewer, onPanel: boolean, round: InnovationRoundFacts, project: InnovationProjectFacts): boolean {
    if (viewer.memberId === project.memberId || isSecretariat(viewer)) return true;
    if (project.status !== 'SUBMITTED') return false;
    if (round.status === 'PUBLISHED') return true;
    return onPanel && (round.status === 'SCORING' || round.status === 'CLOSED');
  },

  /**
   * Every panellist's scores and the averages: the panel and the secretariat, once the round is CLOSED. Until then a
   * panellist sees only their own (viewerScore) and the secretariat only how many each has scored.
   */
  maySeeAllScores: (viewer: Viewer, onPanel: boolean, round: InnovationRoundFacts) =>
    INNOVATION_SCORES_VISIBLE_STATUSES.includes(round.status) && (onPanel || isSecretariat(viewer)),

  /** Awards: everyone once published; the secretariat and the panel from CLOSED. */
  maySeeAward: (viewer: Viewer, onPanel: boolean, round: InnovationRoundFacts) =>
    round.status === 'PUBLISHED' || (round.status === 'CLOSED' && (onPanel || isSecretariat(viewer))),

  /** Who scored how many (never the values): the secretariat. */
  maySeeProgress: (viewer: Viewer) => isSecretariat(viewer),

  roundActions(viewer: Viewer, onPanel: boolean, round: InnovationRoundFacts, now: Date = new Date()): InnovationRoundAction[] {
    const actions: InnovationRoundAction[] = [];
    if (isSecretariat(viewer)) {
      if (round.status === 'OPEN') actions.push('EDIT');
      if (round.status === 'OPEN' || round.status === 'SCORING') actions.push('SET_PANEL');
      if (INNOVATION_ROUND_TRANSITIONS[round.status].length) actions.push('MOVE');
      actions.push('PRESENT');
    }
    if (isNewsroomEditor(viewer.role) && takesSubmissions(round, now)) actions.push('SUBMIT');
    if (onPanel && round.status === 'SCORING') actions.push('SCORE');
    return actions;
  },

  projectActions(viewer: Viewer, onPanel: boolean, round: InnovationRoundFacts, project: InnovationProjectFacts, now: Date = new Date()): InnovationProjectAction[] {
    const actions: InnovationProjectAction[] = [];
    const own = viewer.memberId === project.memberId && isNewsroomEditor(viewer.role);
    if (own && project.status === 'SUBMITTED' && takesSubmissions(round, now)) actions.push('EDIT', 'WITHDRAW');
    if (mayScore(viewer, onPanel, project) && round.status === 'SCORING' && project.status === 'SUBMITTED') actions.push('SCORE');
    if (isSecretariat(viewer) && round.status === 'CLOSED' && project.status === 'SUBMITTED') actions.push('SET_AWARD');
    return actions;
  },
};
