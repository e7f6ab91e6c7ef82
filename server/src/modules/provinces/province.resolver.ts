import { Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { requireViewer, type RequestContext } from '../../common/context';
import type { ProvinceEntity } from './province.entity';
import { ProvinceType } from './province.type';

@Resolver(() => ProvinceType)
export class ProvinceResolver {
  @Query(() => [ProvinceType], { description: 'The 11 provinces of the belt, upstream (Yunnan) first' })
  provinces(@Ctx() ctx: RequestContext): Promise<ProvinceEntity[]> {
    requireViewer(ctx);
    return ctx.services.provinces.list();
  }

  @FieldResolver(() => Int, { description: 'Member newsrooms in this province, suspended ones included (never the secretariat unit)' })
  memberCount(@Root() province: ProvinceEntity, @Ctx() ctx: RequestContext): Promise<number> {
    return ctx.loaders.memberCountByProvince.load(province.code);
  }
}
