import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { requireViewer, type RequestContext } from '../../common/context';
import { mustLoad } from '../../common/must-load';
import type { UserEntity } from '../accounts/user.entity';
import { PersonType } from '../accounts/user.type';
import type { ClaimEntity, PublicationEntity } from '../claims/claim.entity';
import { ClaimType } from '../claims/claim.type';
import { PublicationType } from '../claims/publication.type';
import type { MemberEntity } from '../members/member.entity';
import { MemberType } from '../members/member.type';
import type { EventEntity } from './event.entity';
import { EventReport, EventReportMemberRow, EventReportPiece } from './event-report.type';
import { EventType } from './event.type';

@Resolver(() => EventType)
export class EventReportFieldResolver {
  @FieldResolver(() => EventReport, { description: "the trip report over the linked topics: participants' claims, accepted pieces and where they ran" })
  report(@Root() event: EventEntity, @Ctx() ctx: RequestContext): Promise<EventReport> {
    requireViewer(ctx);
    return ctx.services.eventReports.report(event.id);
  }
}

@Resolver(() => EventReportMemberRow)
export class EventReportMemberRowResolver {
  @FieldResolver(() => MemberType)
  member(@Root() row: EventReportMemberRow, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(row.memberId), 'member');
  }
}

@Resolver(() => EventReportPiece)
export class EventReportPieceResolver {
  @FieldResolver(() => ClaimType)
  claim(@Root() piece: EventReportPiece, @Ctx() ctx: RequestContext): Promise<ClaimEntity> {
    return mustLoad(ctx.loaders.claimById.load(piece.claimId), 'claim');
  }

  @FieldResolver(() => PersonType)
  reporter(@Root() piece: EventReportPiece, @Ctx() ctx: RequestContext): Promise<UserEntity> {
    return mustLoad(ctx.loaders.userById.load(piece.reporterId), 'user');
  }

  @FieldResolver(() => MemberType)
  member(@Root() piece: EventReportPiece, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(piece.memberId), 'member');
  }

  @FieldResolver(() => [PublicationType])
  publications(@Root() piece: EventReportPiece, @Ctx() ctx: RequestContext): Promise<PublicationEntity[]> {
    return ctx.loaders.publicationsByClaim.load(piece.claimId);
  }
}
