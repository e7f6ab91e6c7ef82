import { enAnnouncementNotificationKinds } from './en-announcements';
import { enCharterNotificationKinds } from './en-charter-messages';
import type { zhCNCoverageEnums } from './zh-CN-coverage-enums';
import { enEventNotificationKinds } from './en-events';
import { enRequestNotificationKinds } from './en-requests';
import { enOfferClaimStates, enOfferNotificationKinds } from './en-offers';

/** The joint-coverage enums in English (spread into `en.enums`). */
export const enCoverageEnums: typeof zhCNCoverageEnums = {
  topicState: {
    DRAFT: 'Draft',
    PROPOSED: 'Proposed',
    APPROVED: 'Approved',
    REJECTED: 'Rejected',
    IN_PROGRESS: 'In progress',
    COMPLETED: 'Completed',
    CANCELLED: 'Cancelled',
  },
  topicAction: {
    EDIT: 'Edit',
    PROPOSE: 'Propose to the alliance',
    APPROVE: 'Approve',
    REJECT: 'Reject',
    START: 'Start',
    COMPLETE: 'Mark completed',
    CANCEL: 'Cancel topic',
    JOIN: 'Accept the invitation to co-sponsor',
    INVITE: 'Invite co-sponsors',
    ADD_ASSIGNMENT: 'Add assignment',
    COMMENT: 'Comment',
  },
  claimState: {
    CLAIMED: 'Claimed',
    SUBMITTED: 'Submitted',
    CHANGES_REQUESTED: 'Changes requested',
    ACCEPTED: 'Accepted',
    RELEASED: 'Released',
    CANCELLED: 'Cancelled',
    ...enOfferClaimStates,
  },
  assignmentFormat: {
    TEXT: 'Text',
    PHOTO: 'Photo',
    VIDEO: 'Video',
    LIVE: 'Live',
    GRAPHIC: 'Graphic',
    AUDIO: 'Audio',
  },
  assignmentStatus: {
    OPEN: 'Open',
    CANCELLED: 'Cancelled',
  },
  coSponsorStatus: {
    INVITED: 'Invited',
    JOINED: 'Joined',
  },
  notificationKind: {
    COSPONSOR_INVITED: 'Co-sponsor invitation',
    TOPIC_APPROVED: 'Topic approved',
    TOPIC_REJECTED: 'Topic rejected',
    ASSIGNMENT_CLAIMED: 'Assignment claimed',
    SUBMISSION_RECEIVED: 'Submission received',
    SUBMISSION_ACCEPTED: 'Submission accepted',
    CHANGES_REQUESTED: 'Changes requested',
    CLAIM_CANCELLED: 'Claim cancelled',
    DUE_SOON: 'Due soon',
    ...enRequestNotificationKinds,
    ...enEventNotificationKinds,
    ...enCharterNotificationKinds,
    ...enOfferNotificationKinds,
    ...enAnnouncementNotificationKinds,
    // Content library (issue 7, library side)
    PIECE_REPUBLISHED: 'Piece republished',
    FOLLOWED_PIECE: 'New piece you follow',
    FOLLOW_DIGEST: 'Daily digest',
  },
};
