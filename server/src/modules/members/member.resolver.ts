import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LIMITS } from '@yah/shared';
import { requireViewer, type RequestContext } from '../../common/context';
import type { Page } from '../../common/pagination';
import { ProvinceType } from '../provinces/province.type';
import type { ProvinceEntity } from '../provinces/province.entity';
import type { MemberEntity } from './member.entity';
import { AdmitMemberInput } from './member.input';
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
  ): Promise<Page<MemberEntity>> {
    requireViewer(ctx);
    return ctx.services.members.list({ provinceCode, search }, first, after);
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
