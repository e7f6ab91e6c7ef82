import type { Viewer } from '../../common/viewer';
import { evidencePolicy } from '../charter/charter.policy';
import { claimPolicy, type ClaimFacts } from '../claims/claim.policy';

/** What a file is attached to, as far as reading it is concerned (null: not found any more). */
export type FileAttachment = { evidence: { memberId: string } | null } | { claim: Pick<ClaimFacts, 'reporterId' | 'topic'> | null } | null;

/** Who may read a file, and who may go on with an upload. */
export const filePolicy = {
  /**
   * What the file is attached to decides: evidence, whoever may read the evidence; a claim's submission, whoever may
   * read the claim (its reporter, the topic's editors — the reviewers among them — and the secretariat). An unattached
   * file is its uploader's alone.
   */
  mayRead(viewer: Viewer, file: { ownerId: string; evidenceId: string | null; claimId: string | null }, attachedTo: FileAttachment): boolean {
    if (file.evidenceId) return attachedTo !== null && 'evidence' in attachedTo && attachedTo.evidence !== null && evidencePolicy.mayRead(viewer, attachedTo.evidence);
    if (file.claimId) return attachedTo !== null && 'claim' in attachedTo && attachedTo.claim !== null && claimPolicy.canRead(viewer, attachedTo.claim);
    return file.ownerId === viewer.userId;
  },

  /** Send, resume, check or cancel an upload: whoever started it. */
  mayUpload: (viewer: Viewer, file: { ownerId: string }) => file.ownerId === viewer.userId,
};
