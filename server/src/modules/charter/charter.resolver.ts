import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { charterChanges, type CharterChange } from '@yah/shared';
import { requireViewer, type RequestContext } from '../../common/context';
import { IdArg } from '../../common/input/args';
import { accountPolicy } from '../accounts/account.policy';
import type { UserEntity } from '../accounts/user.entity';
import { UserType } from '../accounts/user.type';
import type { CharterArticle, CharterVersionEntity, CommitmentEntity, ParticipationPeriodEntity } from './charter.entity';
import { OpenPeriodInput, PublishCharterInput } from './charter.input';
import { CharterChangeType, CharterVersionType, CommitmentType, PeriodType } from './charter.type';
import { periodNow } from './period.service';

/**
 * A person's account as a `User`, when the viewer may read its private details (the person, their member's chief
 * editor, the secretariat); null for everyone else, as on `Person.account`.
 */
export async function readableUser(userId: string | null, ctx: RequestContext): Promise<UserEntity | null> {
  const user = userId ? await ctx.loaders.userById.load(userId) : null;
  return user && accountPolicy.canReadAccount(requireViewer(ctx), user) ? user : null;
}

@Resolver(() => CharterVersionType)
export class CharterResolver {
  @Query(() => CharterVersionType, { nullable: true, description: 'The charter in force; null before the first publication' })
  charter(@Ctx() ctx: RequestContext): Promise<CharterVersionEntity | null> {
    requireViewer(ctx);
    return ctx.services.charter.current();
  }

  @Query(() => [CharterVersionType], { description: 'Newest first; first ≤ 100' })
  charterVersions(@Ctx() ctx: RequestContext, @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null): Promise<CharterVersionEntity[]> {
    requireViewer(ctx);
    return ctx.services.charter.versions(first);
  }

  @Query(() => CharterVersionType, { nullable: true })
  charterVersion(@Ctx() ctx: RequestContext, @Arg('version', () => Int) version: number): Promise<CharterVersionEntity | null> {
    requireViewer(ctx);
    return ctx.services.charter.byVersion(version);
  }

  @Mutation(() => CharterVersionType, {
    description: 'Secretariat: a new version on top of baseVersion (CONFLICT STALE_VERSION when it is no longer the current one); chief editors are told',
  })
  publishCharter(@Ctx() ctx: RequestContext, @Arg('input', () => PublishCharterInput) input: PublishCharterInput): Promise<CharterVersionEntity> {
    return ctx.services.charter.publish(requireViewer(ctx), input, ctx.requestId);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who published it; null unless the viewer may read that account (the secretariat may)' })
  publishedBy(@Root() version: CharterVersionEntity, @Ctx() ctx: RequestContext): Promise<UserEntity | null> {
    return readableUser(version.publishedById, ctx);
  }

  @FieldResolver(() => [CharterChangeType], { description: 'Against the version before, by article number; [] for the first' })
  async changes(@Root() version: CharterVersionEntity, @Ctx() ctx: RequestContext): Promise<CharterChange<CharterArticle>[]> {
    if (version.version <= 1) return [];
    const previous = await ctx.loaders.charterVersionByNumber.load(version.version - 1);
    return previous ? charterChanges(previous.articles, version.articles) : [];
  }
}

@Resolver(() => PeriodType)
export class PeriodResolver {
  @Query(() => [PeriodType], { description: 'Newest first (by first day; a year before the quarter that starts with it)' })
  periods(@Ctx() ctx: RequestContext): Promise<ParticipationPeriodEntity[]> {
    requireViewer(ctx);
    return ctx.services.periods.list();
  }

  @Query(() => PeriodType, { nullable: true })
  period(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<ParticipationPeriodEntity | null> {
    requireViewer(ctx);
    return ctx.services.periods.byId(id);
  }

  @Mutation(() => PeriodType, { description: 'Secretariat; CONFLICT PERIOD_EXISTS when that year or quarter is already open' })
  openPeriod(@Ctx() ctx: RequestContext, @Arg('input', () => OpenPeriodInput) input: OpenPeriodInput): Promise<ParticipationPeriodEntity> {
    return ctx.services.periods.open(requireViewer(ctx), input, ctx.requestId);
  }

  @FieldResolver(() => Int, { nullable: true, description: '1–4; null for a year' })
  quarter(@Root() period: ParticipationPeriodEntity): number | null {
    return period.quarter || null;
  }

  @FieldResolver(() => Boolean, { description: 'Today (alliance time) falls within it' })
  isCurrent(@Root() period: ParticipationPeriodEntity): boolean {
    return periodNow(period).isCurrent;
  }

  @FieldResolver(() => Int, { description: 'Days passed, today included (0 before it starts; all of them once over)' })
  elapsedDays(@Root() period: ParticipationPeriodEntity): number {
    return periodNow(period).elapsedDays;
  }

  @FieldResolver(() => Int)
  periodDays(@Root() period: ParticipationPeriodEntity): number {
    return periodNow(period).periodDays;
  }

  @FieldResolver(() => [CommitmentType], { description: 'In the order they were set' })
  commitments(@Root() period: ParticipationPeriodEntity, @Ctx() ctx: RequestContext): Promise<CommitmentEntity[]> {
    return ctx.loaders.commitmentsByPeriod.load(period.id);
  }
}
