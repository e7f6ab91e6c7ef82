import type { CommitmentStatus } from '@yah/shared';

/**
 * The colour of each commitment status, everywhere it is shown (dashboard tags, river map dots, charts, the monthly
 * report). Each reaches WCAG AA (≥ 4.5:1) as text on white: met 5.1, on track 5.2, at risk 5.0, behind 5.6.
 */
export const STATUS_COLORS: Readonly<Record<CommitmentStatus, string>> = {
  MET: '#2e7d32',
  ON_TRACK: '#2563eb',
  AT_RISK: '#b45309',
  BEHIND: '#c62828',
};
