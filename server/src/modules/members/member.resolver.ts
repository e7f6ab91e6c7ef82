import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LIMITS, MEMBER_STATUS_LIMITS } from '@yah/shared';
import { requireViewer, type RequestContext } from '../../common/context';
import type { Page } from '../../common/pagination';
import { ProvinceType } from '../provinces/province.type';
import type { ProvinceEntity } from '../provinces/province.entity';
import type { MemberEntity } from './member.entity';
import { AdmitMemberInput } from './member.input';
import { memberPolicy } from './member.policy';
import { MemberConnection, MemberType, StaffCounts } from './member.type';
import { IdArg, TextArg } from '../../common/input/args';
import { OPTIONAL_PROVINCE_CODE } from '../../common/input/text-rules';

@Resolver(() => MemberType)
export class MemberResolver {
  @Query(() => MemberConnection, { description: 'The member directory along the river; search matches Chinese, English and pinyin' })
  members(
    @Ctx() ctx: RequestContext,
    @TextArg('provinceCode', OPTIONAL_PROVINCE_CODE, { nullable: true }) provinceCode?: string | null,
    @TextArg('search', { max: LIMITS.search.max, blankAsNull: true }, { nullable: true }) search?: string | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('newsroomsOnly', () => Boolean, {
      nullable: true,
      description: 'Leave out the secretariat unit, which is not one of the member newsrooms (the directory and its count)',
    })
    newsroomsOnly?: boolean | null,
  ): Promise<Page<MemberEntity>> {
    requireViewer(ctx);
    return ctx.services.members.list({ provinceCode, search, newsroomsOnly }, first, after);
  }

  @Query(() => MemberType, { nullable: true, description: "The alliance's secretariat unit (联盟秘书处): not a member newsroom" })
  allianceSecretariat(@Ctx() ctx: RequestContext): Promise<MemberEntity | null> {
    requireViewer(ctx);
    return ctx.services.members.secretariat();
  }

  @Mutation(() => MemberType, { description: 'Secretariat: suspend a member (its accounts cannot sign in; its history stays), with a reason' })
  suspendMember(
    @Ctx() ctx: RequestContext,
    @IdArg('memberId') memberId: string,
    @TextArg('reason', MEMBER_STATUS_LIMITS.reason) reason: string,
  ): Promise<MemberEntity> {
    return ctx.services.members.changeStatus(requireViewer(ctx), memberId, 'suspend', reason, ctx.requestId);
  }

  @Mutation(() => MemberType, { description: 'Secretariat: reactivate a suspended member, with a reason' })
  reactivateMember(
    @Ctx() ctx: RequestContext,
    @IdArg('memberId') memberId: string,
    @TextArg('reason', MEMBER_STATUS_LIMITS.reason) reason: string,
  ): Promise<MemberEntity> {
    return ctx.services.members.changeStatus(requireViewer(ctx), memberId, 'reactivate', reason, ctx.requestId);
  }

  @FieldResolver(() => String, { nullable: true, description: "Why the member was last suspended or reactivated: for the secretariat and the member's own people" })
  statusReason(@Root() member: MemberEntity, @Ctx() ctx: RequestContext): string | null {
    return memberPolicy.canReadStatusReason(requireViewer(ctx), member) ? member.statusReason : null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the member was last suspended or reactivated' })
  statusChangedAt(@Root() member: MemberEntity): Date | null {
    return member.statusChangedAt;
  }

  @Query(() => MemberType)
  member(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<MemberEntity> {
    requireViewer(ctx);
    return ctx.services.members.byId(id);
  }

  @Mutation(() => MemberType, { description: 'Secretariat: admit a new member unit' })
  admitMember(@Ctx() ctx: RequestContext, @Arg('input', () => AdmitMemberInput) input: AdmitMemberInput): Promise<MemberEntity> {
    return ctx.services.members.admit(requireViewer(ctx), input, ctx.requestId);
  }

  /** The province the member came with (a list of hundreds answers at once), else through the loader. */
  @FieldResolver(() => ProvinceType)
  province(@Root() member: MemberEntity, @Ctx() ctx: RequestContext): ProvinceEntity | Promise<ProvinceEntity> {
    if (member.province?.code === member.provinceCode) return member.province;
    return ctx.loaders.provinceByCode.load(member.provinceCode).then((province) => {
      if (!province) throw new Error(`member ${member.id} names unknown province ${member.provinceCode}`);
      return province;
    });
  }

  @FieldResolver(() => StaffCounts)
  staffCounts(@Root() member: MemberEntity, @Ctx() ctx: RequestContext): Promise<StaffCounts> {
    return ctx.loaders.staffCountsByMember.load(member.id);
  }
}
