import path from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { createAppPubSub, type AppPubSub } from '../common/events';
import { AccountResolver, PersonResolver } from '../modules/accounts/account.resolver';
import { AuditLogResolver } from '../modules/audit/audit-log.resolver';
import { AssignmentResolver } from '../modules/assignments/assignment.resolver';
import { ClaimResolver } from '../modules/claims/claim.resolver';
import { PublicationResolver } from '../modules/claims/publication.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { CharterResolver, PeriodResolver } from '../modules/charter/charter.resolver';
import { CommitmentResolver, CommitmentTargetResolver } from '../modules/charter/commitment.resolver';
import { AnnouncementReaderResolver, AnnouncementReceiptResolver, AnnouncementResolver, NotificationAnnouncementResolver } from '../modules/announcements/announcement.resolver';
import { CommitmentEvidenceResolver, NotificationEvidenceResolver } from '../modules/charter/evidence.resolver';
import { CalendarResolver } from '../modules/calendar/calendar.resolver';
import { EventChangesResolver, EventResolver, EventStopResolver, NotificationEventResolver } from '../modules/events/event.resolver';
import { EventInnovationResolver, InnovationProgressResolver, InnovationProjectResolver, InnovationRoundResolver, InnovationScoreResolver, NotificationInnovationResolver } from '../modules/innovation/innovation.resolver';
import { MemberResolver } from '../modules/members/member.resolver';
import { NotificationResolver } from '../modules/notifications/notification.resolver';
import { ParticipationResolver, ReportEventResolver, ReportPublicationResolver } from '../modules/participation/participation.resolver';
import { ProvinceResolver } from '../modules/provinces/province.resolver';
import {
  MemberExchangeResolver,
  NotificationResourceResolver,
  PublicationResourceResolver,
  ResourceEventsResolver,
  ResourceResolver,
} from '../modules/resources/resource.resolver';
import { TopicEventsResolver } from '../modules/topics/topic-events.resolver';
import { CommentResolver, CoSponsorResolver, TopicResolver } from '../modules/topics/topic.resolver';
import { FollowResolver } from '../modules/resources/follow.resolver';
import { MemberFeedResolver } from '../modules/resources/member-feed.resolver';
import { EventReportFieldResolver, EventReportMemberRowResolver, EventReportPieceResolver } from '../modules/events/event-report.resolver';
import {
  EventCheckInResolver,
  EventParticipantResolver,
  EventRegistrationFieldsResolver,
  EventRegistrationResolver,
  MemberAttendanceResolver,
} from '../modules/events/registration.resolver';
import { NotificationRequestResolver, ResourceRequestFieldsResolver, ResourceRequestResolver } from '../modules/resources/resource-request.resolver';

export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

export function buildAppSchema(pubSub: AppPubSub = createAppPubSub(null)): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      AuthResolver,
      AccountResolver,
      PersonResolver,
      MemberResolver,
      AuditLogResolver,
      ProvinceResolver,
      TopicResolver,
      CoSponsorResolver,
      CommentResolver,
      TopicEventsResolver,
      AssignmentResolver,
      ClaimResolver,
      PublicationResolver,
      NotificationResolver,
      CalendarResolver,
      ResourceResolver,
      ResourceEventsResolver,
      PublicationResourceResolver,
      NotificationResourceResolver,
      MemberExchangeResolver,
      ResourceRequestResolver,
      ResourceRequestFieldsResolver,
      NotificationRequestResolver,
      FollowResolver,
      MemberFeedResolver,
      EventResolver,
      EventStopResolver,
      EventChangesResolver,
      NotificationEventResolver,
      EventRegistrationResolver,
      EventParticipantResolver,
      EventCheckInResolver,
      EventRegistrationFieldsResolver,
      MemberAttendanceResolver,
      EventReportFieldResolver,
      EventReportMemberRowResolver,
      EventReportPieceResolver,
      InnovationRoundResolver,
      InnovationProgressResolver,
      InnovationScoreResolver,
      InnovationProjectResolver,
      NotificationInnovationResolver,
      EventInnovationResolver,
      CharterResolver,
      PeriodResolver,
      CommitmentResolver,
      CommitmentTargetResolver,
      CommitmentEvidenceResolver,
      NotificationEvidenceResolver,
      AnnouncementResolver,
      AnnouncementReceiptResolver,
      AnnouncementReaderResolver,
      NotificationAnnouncementResolver,
      ParticipationResolver,
      ReportPublicationResolver,
      ReportEventResolver,
    ],
    pubSub,
    validate: { forbidUnknownValues: true },
  });
}

/** The SDL committed as server/schema.graphql, from which the client's types are generated. */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
