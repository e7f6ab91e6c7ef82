import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer, type RequestContext } from '../../common/context';
import { mustLoad } from '../../common/must-load';
import type { Page } from '../../common/pagination';
import type { MemberEntity } from '../members/member.entity';
import { MemberType } from '../members/member.type';
import { CreateAccountInput, UpdateProfileInput } from './account.input';
import type { UserEntity } from './user.entity';
import { accountPolicy } from './account.policy';
import { PersonType, UserConnection, UserType } from './user.type';
import { IdArg } from '../../common/input/args';

@Resolver(() => UserType)
export class AccountResolver {
  @Query(() => UserConnection, { description: "A member's accounts: for the secretariat and that member's chief editor" })
  memberAccounts(
    @Ctx() ctx: RequestContext,
    @IdArg('memberId') memberId: string,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<UserEntity>> {
    return ctx.services.accounts.listForMember(requireViewer(ctx), memberId, first, after);
  }

  @Mutation(() => UserType, { description: "Secretariat: for every member; chief editor: for their own member" })
  createAccount(@Ctx() ctx: RequestContext, @Arg('input', () => CreateAccountInput) input: CreateAccountInput): Promise<UserEntity> {
    return ctx.services.accounts.create(requireViewer(ctx), input, ctx.requestId);
  }

  @Mutation(() => UserType, { description: 'Deactivating an account ends its sessions at once' })
  setAccountActive(
    @Ctx() ctx: RequestContext,
    @IdArg('userId') userId: string,
    @Arg('active', () => Boolean) active: boolean,
  ): Promise<UserEntity> {
    return ctx.services.accounts.setActive(requireViewer(ctx), userId, active, ctx.requestId);
  }

  @Mutation(() => UserType, { description: 'Change your own display name or language' })
  updateProfile(@Ctx() ctx: RequestContext, @Arg('input', () => UpdateProfileInput) input: UpdateProfileInput): Promise<UserEntity> {
    return ctx.services.accounts.updateProfile(requireViewer(ctx), input, ctx.requestId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether I have a private ICS calendar feed (only ever true on me)' })
  async hasIcsFeed(@Root() user: UserEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    return ctx.viewer?.userId === user.id ? ctx.services.calendar.hasFeed(user.id) : false;
  }

  @FieldResolver(() => MemberType)
  async member(@Root() user: UserEntity, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    const member = await ctx.loaders.memberById.load(user.memberId);
    if (!member) throw new Error(`user ${user.id} names unknown member ${user.memberId}`);
    return member;
  }
}

@Resolver(() => PersonType)
export class PersonResolver {
  @FieldResolver(() => MemberType)
  member(@Root() person: UserEntity, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(person.memberId), 'member');
  }

  @FieldResolver(() => UserType, {
    nullable: true,
    description: "The person's account details: for the person, their member's chief editor and the secretariat; null for everyone else",
  })
  account(@Root() person: UserEntity, @Ctx() ctx: RequestContext): UserEntity | null {
    return accountPolicy.canReadAccount(requireViewer(ctx), person) ? person : null;
  }
}
