/**
 * Media-convergence innovation projects (地市党媒融合创新项目): each year a round in which members submit projects,
 * a panel named by the secretariat scores them against published criteria, and the secretariat publishes the
 * recommended list (精品项目 / 优秀项目), as at the Jingzhou founding meeting.
 */

/**
 * OPEN (members submit) → SCORING (submissions closed; the panel scores, nobody sees another's scores) →
 * CLOSED (every score visible to the panel and the secretariat; awards are set) → PUBLISHED (the recommended list is
 * out, for every member).
 */
export const INNOVATION_ROUND_STATUSES = ['OPEN', 'SCORING', 'CLOSED', 'PUBLISHED'] as const;
export type InnovationRoundStatus = (typeof INNOVATION_ROUND_STATUSES)[number];

export const INNOVATION_ROUND_TRANSITIONS: Readonly<Record<InnovationRoundStatus, readonly InnovationRoundStatus[]>> = {
  OPEN: ['SCORING'],
  SCORING: ['CLOSED'],
  CLOSED: ['PUBLISHED'],
  PUBLISHED: [],
};

export function canMoveInnovationRound(from: InnovationRoundStatus, to: InnovationRoundStatus): boolean {
  return INNOVATION_ROUND_TRANSITIONS[from].includes(to);
}

/** The categories projects are submitted under. */
export const INNOVATION_CATEGORIES = ['PLATFORM', 'CONTENT', 'TECHNOLOGY', 'OPERATIONS', 'SERVICE'] as const;
export type InnovationCategory = (typeof INNOVATION_CATEGORIES)[number];

/** A project's own state: a member's DRAFT becomes SUBMITTED while the round is open; WITHDRAWN by the member. */
export const INNOVATION_PROJECT_STATUSES = ['DRAFT', 'SUBMITTED', 'WITHDRAWN'] as const;
export type InnovationProjectStatus = (typeof INNOVATION_PROJECT_STATUSES)[number];

/** The recommendation: 精品项目 (TOP) and 优秀项目 (EXCELLENT). */
export const INNOVATION_AWARDS = ['TOP', 'EXCELLENT'] as const;
export type InnovationAward = (typeof INNOVATION_AWARDS)[number];

/** Validation limits of innovation projects, in code points as PostgreSQL counts them. */
export const INNOVATION_LIMITS = {
  roundTitle: { min: 2, max: 120 },
  criteria: { min: 1, max: 10 },
  criterionName: { min: 1, max: 60 },
  criterionDescription: { max: 500 },
  /** The most points a criterion can be worth. */
  criterionMaxScore: { min: 1, max: 100 },
  panel: { min: 1, max: 30 },
  title: { min: 2, max: 120 },
  summary: { min: 1, max: 2000 },
  results: { max: 4000 },
  links: { max: 10 },
  media: { max: 10 },
  projectsPerMemberPerRound: { max: 5 },
  scoreComment: { max: 1000 },
} as const;

/** What the viewer may do with a round now (the server's policy decides; the client offers only these). */
export const INNOVATION_ROUND_ACTIONS = ['EDIT', 'SET_PANEL', 'MOVE', 'PRESENT', 'SUBMIT', 'SCORE'] as const;
export type InnovationRoundAction = (typeof INNOVATION_ROUND_ACTIONS)[number];

/** What the viewer may do with a project now. */
export const INNOVATION_PROJECT_ACTIONS = ['EDIT', 'WITHDRAW', 'SCORE', 'SET_AWARD'] as const;
export type InnovationProjectAction = (typeof INNOVATION_PROJECT_ACTIONS)[number];

/** Rounds in which the panel and the secretariat see every score (and the averages). */
export const INNOVATION_SCORES_VISIBLE_STATUSES: readonly InnovationRoundStatus[] = ['CLOSED', 'PUBLISHED'];
