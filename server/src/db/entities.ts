import { PasswordResetEntity } from '../modules/accounts/password-reset.entity';
import { AnnouncementEntity, AnnouncementReadEntity, AnnouncementRecipientEntity } from '../modules/announcements/announcement.entity';
import { NotificationPreferenceEntity } from '../modules/notifications/notification-preference.entity';
import { UserEntity } from '../modules/accounts/user.entity';
import { AssignmentEntity } from '../modules/assignments/assignment.entity';
import { ClaimEntity, PublicationEntity } from '../modules/claims/claim.entity';
import { AuditLogEntity } from '../modules/audit/audit-log.entity';
import { SessionEntity } from '../modules/auth/session.entity';
import { CharterVersionEntity, CommitmentEntity, CommitmentEvidenceEntity, CommitmentTargetEntity, ParticipationPeriodEntity } from '../modules/charter/charter.entity';
import { EventEntity, EventInvitationEntity, EventMaterialEntity, EventStopEntity, EventTopicEntity } from '../modules/events/event.entity';
import { EventCheckInEntity, EventMemberPlacesEntity, EventParticipantEntity, EventRegistrationEntity } from '../modules/events/registration.entity';
import { SigningKeyEntity } from '../modules/events/signing-key.entity';
import { InnovationMemberQuotaEntity, InnovationPanellistEntity, InnovationProjectEntity, InnovationRoundEntity, InnovationScoreEntity } from '../modules/innovation/innovation.entity';
import { FileEntity, FileUploadSlotsEntity } from '../modules/files/file.entity';
import { MemberEntity } from '../modules/members/member.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { ProvinceEntity } from '../modules/provinces/province.entity';
import { FollowEntity } from '../modules/resources/follow.entity';
import { MemberFeedEntity } from '../modules/resources/member-feed.entity';
import { ResourceCapacityUsageEntity, ResourceRequestEntity } from '../modules/resources/resource-request.entity';
import { ResourceEntity } from '../modules/resources/resource.entity';
import { TopicCoSponsorEntity, TopicCommentEntity, TopicEntity } from '../modules/topics/topic.entity';

export const ENTITIES = [
  ProvinceEntity,
  MemberEntity,
  UserEntity,
  SessionEntity,
  PasswordResetEntity,
  AuditLogEntity,
  TopicEntity,
  TopicCoSponsorEntity,
  TopicCommentEntity,
  AssignmentEntity,
  ClaimEntity,
  PublicationEntity,
  NotificationEntity,
  MemberFeedEntity,
  ResourceEntity,
  ResourceRequestEntity,
  ResourceCapacityUsageEntity,
  FollowEntity,
  EventEntity,
  EventInvitationEntity,
  EventStopEntity,
  EventMaterialEntity,
  EventTopicEntity,
  EventRegistrationEntity,
  EventParticipantEntity,
  EventMemberPlacesEntity,
  EventCheckInEntity,
  SigningKeyEntity,
  InnovationRoundEntity,
  InnovationPanellistEntity,
  InnovationProjectEntity,
  InnovationMemberQuotaEntity,
  InnovationScoreEntity,
  CharterVersionEntity,
  ParticipationPeriodEntity,
  CommitmentEntity,
  CommitmentTargetEntity,
  CommitmentEvidenceEntity,
  FileEntity,
  FileUploadSlotsEntity,
  AnnouncementEntity,
  AnnouncementRecipientEntity,
  AnnouncementReadEntity,
  NotificationPreferenceEntity,
];
