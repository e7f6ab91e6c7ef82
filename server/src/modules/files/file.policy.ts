import type { Viewer } from '../../common/viewer';
import { evidencePolicy } from '../charter/charter.policy';

/** Who may read a file, and who may go on with an upload. */
export const filePolicy = {
  /** What the file is attached to decides (evidence: whoever may read the evidence); an unattached file is its uploader's alone. */
  mayRead(viewer: Viewer, file: { ownerId: string; evidenceId: string | null }, evidence: { memberId: string } | null): boolean {
    if (file.evidenceId) return evidence !== null && evidencePolicy.mayRead(viewer, evidence);
    return file.ownerId === viewer.userId;
  },

  /** Send, resume, check or cancel an upload: whoever started it. */
  mayUpload: (viewer: Viewer, file: { ownerId: string }) => file.ownerId === viewer.userId,
};
