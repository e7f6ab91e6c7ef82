import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ReceiptFilter } from '@yah/shared';
import { requireViewer, type RequestContext } from '../../common/context';
import { IdArg } from '../../common/input/args';
import { mustLoad } from '../../common/must-load';
import type { Page } from '../../common/pagination';
import type { UserEntity } from '../accounts/user.entity';
import { PersonType } from '../accounts/user.type';
import type { MemberEntity } from '../members/member.entity';
import { MemberType } from '../members/member.type';
import type { NotificationEntity } from '../notifications/notification.entity';
import { NotificationType } from '../notifications/notification.type';
import type { ProvinceEntity } from '../provinces/province.entity';
import { ProvinceType } from '../provinces/province.type';
import type { AnnouncementEntity } from './announcement.entity';
import { PostAnnouncementInput, UpdateAnnouncementInput } from './announcement.input';
import { announcementPolicy, type AnnouncementAction } from './announcement.policy';
import type { AnnouncementReader, AnnouncementReceipt } from './announcement.service';
import {
  AnnouncementActionEnum,
  AnnouncementConnection,
  AnnouncementReaderType,
  AnnouncementReceiptConnection,
  AnnouncementReceiptType,
  AnnouncementType,
  ReceiptFilterEnum,
} from './announcement.type';

@Resolver(() => AnnouncementType)
export class AnnouncementResolver {
  @Query(() => AnnouncementConnection, {
    description: "Important first, then newest first: every announcement for the secretariat, the published ones addressed to the viewer's member for anyone else",
  })
  announcements(
    @Ctx() ctx: RequestContext,
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly?: boolean | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ) {
    return ctx.services.announcements.list(requireViewer(ctx), unreadOnly ?? false, first, after);
  }

  @Query(() => AnnouncementType, { nullable: true, description: 'Null when it does not exist or the viewer may not read it' })
  announcement(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<AnnouncementEntity | null> {
    return ctx.services.announcements.byId(requireViewer(ctx), id);
  }

  @Query(() => AnnouncementReceiptConnection, { description: 'Secretariat: the addressed members that have (READ) or have not (UNREAD) opened it, along the river' })
  announcementReceipts(
    @Ctx() ctx: RequestContext,
    @IdArg('id') id: string,
    @Arg('filter', () => ReceiptFilterEnum) filter: ReceiptFilter,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<AnnouncementReceipt>> {
    return ctx.services.announcements.receipts(requireViewer(ctx), id, filter, first, after);
  }

  @Mutation(() => AnnouncementType, { description: 'Secretariat: to every member (audience ALL) or to the members of the chosen provinces; their staff are told' })
  postAnnouncement(@Ctx() ctx: RequestContext, @Arg('input', () => PostAnnouncementInput) input: PostAnnouncementInput): Promise<AnnouncementEntity> {
    return ctx.services.announcements.post(requireViewer(ctx), input, ctx.requestId);
  }

  @Mutation(() => AnnouncementType, { description: 'Secretariat: CONFLICT STALE_VERSION when someone changed it meanwhile, NOT_ALLOWED_IN_STATE once withdrawn' })
  updateAnnouncement(@Ctx() ctx: RequestContext, @IdArg('id') id: string, @Arg('input', () => UpdateAnnouncementInput) input: UpdateAnnouncementInput): Promise<AnnouncementEntity> {
    return ctx.services.announcements.update(requireViewer(ctx), id, input, ctx.requestId);
  }

  @Mutation(() => AnnouncementType, { description: 'Secretariat: members no longer see it; CONFLICT as for updateAnnouncement' })
  withdrawAnnouncement(@Ctx() ctx: RequestContext, @IdArg('id') id: string, @Arg('version', () => Int) version: number): Promise<AnnouncementEntity> {
    return ctx.services.announcements.withdraw(requireViewer(ctx), id, version, ctx.requestId);
  }

  @Mutation(() => AnnouncementType, { description: "I opened it: counts as my member's reading (not the secretariat's); idempotent" })
  markAnnouncementRead(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<AnnouncementEntity> {
    return ctx.services.announcements.markRead(requireViewer(ctx), id);
  }

  @FieldResolver(() => [ProvinceType], { description: 'The provinces addressed; [] when the audience is ALL' })
  async provinces(@Root() announcement: AnnouncementEntity, @Ctx() ctx: RequestContext): Promise<ProvinceEntity[]> {
    const provinces = await ctx.loaders.provinceByCode.loadMany(announcement.provinceCodes);
    return provinces.filter((province): province is ProvinceEntity => province !== null && !(province instanceof Error));
  }

  @FieldResolver(() => PersonType, { nullable: true })
  postedBy(@Root() announcement: AnnouncementEntity, @Ctx() ctx: RequestContext): Promise<UserEntity | null> {
    return announcement.postedById ? mustLoad(ctx.loaders.userById.load(announcement.postedById), 'user') : Promise.resolve(null);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When I first opened it; null while unread' })
  viewerReadAt(@Root() announcement: AnnouncementEntity, @Ctx() ctx: RequestContext): Promise<Date | null> {
    return ctx.loaders.viewerAnnouncementReadAt.load(announcement.id);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Secretariat: how many members it was addressed to; null for anyone else' })
  async recipientCount(@Root() announcement: AnnouncementEntity, @Ctx() ctx: RequestContext): Promise<number | null> {
    if (!announcementPolicy.actions(requireViewer(ctx), announcement).includes('SEE_RECEIPTS')) return null;
    return (await ctx.loaders.announcementCounts.load(announcement.id)).recipients;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Secretariat: how many of them have read it; null for anyone else' })
  async readMemberCount(@Root() announcement: AnnouncementEntity, @Ctx() ctx: RequestContext): Promise<number | null> {
    if (!announcementPolicy.actions(requireViewer(ctx), announcement).includes('SEE_RECEIPTS')) return null;
    return (await ctx.loaders.announcementCounts.load(announcement.id)).readMembers;
  }

  @FieldResolver(() => [AnnouncementActionEnum])
  viewerActions(@Root() announcement: AnnouncementEntity, @Ctx() ctx: RequestContext): AnnouncementAction[] {
    return announcementPolicy.actions(requireViewer(ctx), announcement);
  }
}

@Resolver(() => AnnouncementReceiptType)
export class AnnouncementReceiptResolver {
  @FieldResolver(() => MemberType)
  member(@Root() receipt: AnnouncementReceipt, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(receipt.memberId), 'member');
  }

  @FieldResolver(() => [AnnouncementReaderType], { description: 'Who of its staff opened it and when, earliest first (the first ten)' })
  readers(@Root() receipt: AnnouncementReceipt, @Ctx() ctx: RequestContext): Promise<AnnouncementReader[]> {
    return receipt.readerCount ? ctx.loaders.announcementReaders.load(`${receipt.announcementId}:${receipt.memberId}`) : Promise.resolve([]);
  }
}

@Resolver(() => AnnouncementReaderType)
export class AnnouncementReaderResolver {
  @FieldResolver(() => PersonType)
  person(@Root() reader: AnnouncementReader, @Ctx() ctx: RequestContext): Promise<UserEntity> {
    return mustLoad(ctx.loaders.userById.load(reader.userId), 'user');
  }
}

@Resolver(() => NotificationType)
export class NotificationAnnouncementResolver {
  @FieldResolver(() => AnnouncementType, { nullable: true, description: 'The announcement it tells of, while the viewer may read it' })
  announcement(@Root() note: NotificationEntity, @Ctx() ctx: RequestContext): Promise<AnnouncementEntity | null> {
    requireViewer(ctx);
    return note.announcementId ? ctx.loaders.readableAnnouncementById.load(note.announcementId) : Promise.resolve(null);
  }
}
