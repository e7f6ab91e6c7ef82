import { InitialSchema1795663352916 } from './1795663352916-initial-schema.migration';
import { Provinces1795663400000 } from './1795663400000-provinces.migration';
import { JointCoverage1795666543869 } from './1795666543869-joint-coverage.migration';
import { TopicBoardIndex1795668496124 } from './1795668496124-topic-board-index.migration';
import { SignInAttempts1796035483070 } from './1796035483070-sign-in-attempts.migration';
import { TopicProposedAt1796041000000 } from './1796041000000-topic-proposed-at.migration';
import { SharedResources1796045641747 } from './1796045641747-shared-resources.migration';
import { RequestAndFollowGuards1796050000002 } from './1796050000002-request-and-follow-guards.migration';
import { OnePiecePerClaim1796050000011 } from './1796050000011-one-piece-per-claim.migration';
import { Events1796057115486 } from './1796057115486-events.migration';
import { InnovationProjects1796070000000 } from './1796070000000-innovation-projects.migration';
import { InnovationPresentedAtEvent1796070000001 } from './1796070000001-innovation-presented-at-event.migration';
import { OneInnovationRoundAYear1796070000002 } from './1796070000002-one-innovation-round-a-year.migration';
import { AuditLogFilters1796080000000 } from './1796080000000-audit-log-filters.migration';
import { CharterAndCommitments1796090000000 } from './1796090000000-charter-and-commitments.migration';
import { NotificationEvidence1796090000100 } from './1796090000100-notification-evidence.migration';
import { ParticipationSources1796090000200 } from './1796090000200-participation-sources.migration';
import { Files1796090000300 } from './1796090000300-files.migration';
import { ParticipationRollup1796090000400 } from './1796090000400-participation-rollup.migration';
import { ClaimableSlotsWalk1796100000000 } from './1796100000000-claimable-slots-walk.migration';
import { AssignmentPlaces1796300000000 } from './1796300000000-assignment-places.migration';
import { SlotOffers1796400000000 } from './1796400000000-slot-offers.migration';
import { PasswordResetsAndMemberStatus1796500000000 } from './1796500000000-password-resets-and-member-status.migration';
import { AnnouncementsAndNotificationPreferences1796600000000 } from './1796600000000-announcements-and-notification-preferences.migration';
import { ClaimFiles1796200000000 } from './1796200000000-claim-files.migration';

/** Every migration, in order. The same list runs on PostgreSQL and on embedded PGlite. */
export const MIGRATIONS = [InitialSchema1795663352916, Provinces1795663400000, JointCoverage1795666543869, TopicBoardIndex1795668496124, SignInAttempts1796035483070, TopicProposedAt1796041000000, SharedResources1796045641747, RequestAndFollowGuards1796050000002, OnePiecePerClaim1796050000011, Events1796057115486, InnovationProjects1796070000000, InnovationPresentedAtEvent1796070000001, OneInnovationRoundAYear1796070000002, AuditLogFilters1796080000000, CharterAndCommitments1796090000000, NotificationEvidence1796090000100, ParticipationSources1796090000200, Files1796090000300, ParticipationRollup1796090000400, ClaimableSlotsWalk1796100000000, AssignmentPlaces1796300000000, SlotOffers1796400000000, PasswordResetsAndMemberStatus1796500000000, AnnouncementsAndNotificationPreferences1796600000000, ClaimFiles1796200000000];
