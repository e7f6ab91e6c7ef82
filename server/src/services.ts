import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import type { AppConfig } from './config/config';
import type { AppPubSub } from './common/events';
import { ReferenceData } from './common/reference-data';
import { AnnouncementService } from './modules/announcements/announcement.service';
import { AccountService } from './modules/accounts/account.service';
import { PasswordResetService } from './modules/accounts/password-reset.service';
import { AuditLogService } from './modules/audit/audit-log.service';
import { AssignmentService } from './modules/assignments/assignment.service';
import { ClaimService } from './modules/claims/claim.service';
import { PublicationService } from './modules/claims/publication.service';
import { AuthService } from './modules/auth/auth.service';
import { SessionService } from './modules/auth/session.service';
import { SignInThrottle } from './modules/auth/sign-in-throttle';
import { CharterService } from './modules/charter/charter.service';
import { CommitmentService } from './modules/charter/commitment.service';
import { EvidenceService } from './modules/charter/evidence.service';
import { PeriodService } from './modules/charter/period.service';
import { CalendarService } from './modules/calendar/calendar.service';
import { CheckInService } from './modules/events/check-in.service';
import { EventReportService } from './modules/events/event-report.service';
import { RegistrationService } from './modules/events/registration.service';
import { EventService } from './modules/events/event.service';
import { createFileStorage } from './modules/files/file-storage';
import { FileService } from './modules/files/file.service';
import { InnovationService } from './modules/innovation/innovation.service';
import { MemberService } from './modules/members/member.service';
import { NotificationService } from './modules/notifications/notification.service';
import { ParticipationService } from './modules/participation/participation.service';
import { ProvinceService } from './modules/provinces/province.service';
import { FeedPoller } from './modules/resources/feed-poller';
import { FollowService } from './modules/resources/follow.service';
import { MemberFeedService } from './modules/resources/member-feed.service';
import { ResourceRequestService } from './modules/resources/resource-request.service';
import { ResourceService } from './modules/resources/resource.service';
import { TopicService } from './modules/topics/topic.service';

/** The application's services, made once per process and shared by every request. */
export function createServices(dataSource: DataSource, config: AppConfig, redis: Redis | null, pubSub: AppPubSub) {
  const sessions = new SessionService(dataSource, config.sessionTtlMs, pubSub);
  const topics = new TopicService(dataSource, pubSub);
  const follows = new FollowService(dataSource, pubSub);
  const feedPoller = new FeedPoller(dataSource, pubSub, follows, config.feeds);
  const files = new FileService(dataSource, createFileStorage(config.fileStore));
  const reference = new ReferenceData(dataSource);
  const throttle = SignInThrottle.for(dataSource, redis);
  return {
    pubSub,
    reference,
    sessions,
    auth: new AuthService(dataSource, sessions, throttle, pubSub),
    accounts: new AccountService(dataSource, sessions, pubSub),
    members: new MemberService(dataSource, reference, sessions, pubSub),
    passwordResets: new PasswordResetService(dataSource, sessions, throttle, pubSub),
    auditLog: new AuditLogService(dataSource),
    provinces: new ProvinceService(dataSource),
    topics,
    assignments: new AssignmentService(dataSource, pubSub, topics),
    claims: new ClaimService(dataSource, pubSub, topics, files),
    publications: new PublicationService(dataSource, pubSub, topics),
    // A new library piece notifies its owner's and its keywords' followers in the same transaction.
    resources: new ResourceService(dataSource, pubSub, topics, (manager, emit, piece) => follows.notifyFollowersOfPiece(manager, emit, piece)),
    notifications: new NotificationService(dataSource),
    calendar: new CalendarService(dataSource),
    resourceRequests: new ResourceRequestService(dataSource, pubSub),
    follows,
    feedPoller,
    innovation: new InnovationService(dataSource, pubSub),
    memberFeeds: new MemberFeedService(dataSource, pubSub, feedPoller, config.feeds),
    registrations: new RegistrationService(dataSource, pubSub),
    checkIns: new CheckInService(dataSource, pubSub),
    eventReports: new EventReportService(dataSource),
    events: new EventService(dataSource, pubSub),
    charter: new CharterService(dataSource, pubSub),
    periods: new PeriodService(dataSource, pubSub),
    commitments: new CommitmentService(dataSource, pubSub),
    files,
    commitmentEvidence: new EvidenceService(dataSource, pubSub, files),
    participation: new ParticipationService(dataSource),
    announcements: new AnnouncementService(dataSource, pubSub),
  };
}

export type Services = ReturnType<typeof createServices>;
