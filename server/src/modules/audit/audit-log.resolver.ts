import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { requireViewer, type RequestContext } from '../../common/context';
import type { Page } from '../../common/pagination';
import type { UserEntity } from '../accounts/user.entity';
import { PersonType } from '../accounts/user.type';
import type { MemberEntity } from '../members/member.entity';
import { MemberType } from '../members/member.type';
import type { AuditLogEntity } from './audit-log.entity';
import { AuditLogFilter } from './audit-log.input';
import { AuditEntryType, AuditLogConnection } from './audit-log.type';

const asJson = (value: Record<string, unknown> | null) => (value === null ? null : JSON.stringify(value));

@Resolver(() => AuditEntryType)
export class AuditLogResolver {
  @Query(() => AuditLogConnection, { description: 'The audit log, newest first (the secretariat only)' })
  auditLog(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<AuditLogEntity>> {
    return ctx.services.auditLog.list(requireViewer(ctx), filter, first, after);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The changed fields before, as JSON object text' })
  before(@Root() entry: AuditLogEntity): string | null {
    return asJson(entry.before);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The changed fields after, as JSON object text' })
  after(@Root() entry: AuditLogEntity): string | null {
    return asJson(entry.after);
  }

  @FieldResolver(() => PersonType, { nullable: true, description: 'Who made the change (null for the system)' })
  actor(@Root() entry: AuditLogEntity, @Ctx() ctx: RequestContext): Promise<UserEntity | null> | null {
    return entry.actorUserId ? ctx.loaders.userById.load(entry.actorUserId) : null;
  }

  @FieldResolver(() => MemberType, { nullable: true, description: "The actor's member at the time" })
  actorMember(@Root() entry: AuditLogEntity, @Ctx() ctx: RequestContext): Promise<MemberEntity | null> | null {
    return entry.actorMemberId ? ctx.loaders.memberById.load(entry.actorMemberId) : null;
  }
}
