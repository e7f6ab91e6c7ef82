import type { CommitmentStatus } from '@yah/shared';

/**
 * The colour of each commitment status, everywhere it is shown (dashboard tags, river map dots, charts, the monthly
 * report). Each reaches WCAG AA (≥ 4.5:1) as text on white (met 5.7, on track 5.9, at risk 5.9, behind 5.6) and on its soft tint (5.1, 5.4, 5.1, 4.9).
 */
export const STATUS_COLORS: Readonly<Record<CommitmentStatus, string>> = {
  MET: '#2b7330',
  ON_TRACK: '#2257d6',
  AT_RISK: '#a54c08',
  BEHIND: '#c62828',
};
