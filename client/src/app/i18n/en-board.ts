import type { zhCNBoard } from './zh-CN-board';

/** The topic board: slot progress, the co-sponsor heading; reviewing then recording a publication; the claim toast. */
export const enBoard: typeof zhCNBoard = {
  board: {
    progress: 'Accepted {{accepted}} · In progress {{working}} · Open {{open}}',
    progressLabel: '{{slots}} slots: {{accepted}} accepted, {{working}} in progress, {{open}} open',
    finished: 'Every slot accepted',
    coSponsorsTitle: 'Proposer and co-sponsors ({{count}})',
    claimedToast: 'You claimed "{{title}}". Submit your piece in time.',
    goToMyWork: 'Go to My work',
    acceptedRecord: 'Accepted {{name}}’s piece. Record where it ran: {{title}}',
    recordLater: 'Later',
    prefilled: 'Filled in from the reporter’s newsroom; change anything.',
  },
};
