import type { AnnouncementState } from '@yah/shared';
import { announcementEditable } from '@yah/shared';
import type { Viewer } from '../../common/viewer';

export const ANNOUNCEMENT_ACTIONS = ['EDIT', 'WITHDRAW', 'SEE_RECEIPTS'] as const;
export type AnnouncementAction = (typeof ANNOUNCEMENT_ACTIONS)[number];

const isSecretariat = (viewer: Viewer) => viewer.role === 'SECRETARIAT';

/** Who may do what with announcements (公告). The secretariat posts, edits, withdraws and reads receipts. */
export const announcementPolicy = {
  mayPost: isSecretariat,

  /** Every announcement, withdrawn ones too, for the secretariat; published ones addressed to their member for anyone else. */
  listed: (viewer: Viewer): 'ALL' | 'ADDRESSED' => (isSecretariat(viewer) ? 'ALL' : 'ADDRESSED'),

  mayRead(viewer: Viewer, announcement: { state: AnnouncementState }, addressedToViewer: boolean): boolean {
    return isSecretariat(viewer) || (announcement.state === 'PUBLISHED' && addressedToViewer);
  },

  /** Reading counts for the member: only its own staff's reading, of an announcement addressed to it. */
  countsAsRead(viewer: Viewer, announcement: { state: AnnouncementState }, addressedToViewer: boolean): boolean {
    return !isSecretariat(viewer) && announcement.state === 'PUBLISHED' && addressedToViewer;
  },

  actions(viewer: Viewer, announcement: { state: AnnouncementState }): AnnouncementAction[] {
    if (!isSecretariat(viewer)) return [];
    return announcementEditable(announcement.state) ? ['EDIT', 'WITHDRAW', 'SEE_RECEIPTS'] : ['SEE_RECEIPTS'];
  },
};
