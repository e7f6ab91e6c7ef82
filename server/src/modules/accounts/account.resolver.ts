import { Arg, ArgsType, Args, Ctx, Field, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LIMITS, PASSWORD_RESET } from '@yah/shared';
import { requireHttp, requireViewer, type RequestContext } from '../../common/context';
import { IsText } from '../../common/input/decorators';
import { TextArg } from '../../common/input/args';
import { PasswordResetLinkType, ResetLinkInfoType } from './password-reset.type';
import type { ResetLinkInfo } from './password-reset.service';
import { mustLoad } from '../../common/must-load';
import type { Page } from '../../common/pagination';
import type { MemberEntity } from '../members/member.entity';
import { MemberType } from '../members/member.type';
import { CreateAccountInput, UpdateProfileInput } from './account.input';
import type { UserEntity } from './user.entity';
import { accountPolicy } from './account.policy';
import { PersonType, UserConnection, UserType } from './user.type';
import { IdArg } from '../../common/input/args';

/** A link's secret as the page got it from the address: anything not issued by us is simply an invalid link. */
const TOKEN_RULES = { min: 1, max: 200, verbatim: true } as const;

@ArgsType()
class ResetPasswordArgs {
  @Field(() => String)
  @IsText(TOKEN_RULES)
  token: string;

  @Field(() => String, { description: `The new password, ${LIMITS.password.min}–${LIMITS.password.max} characters` })
  @IsText({ ...LIMITS.password, verbatim: true })
  newPassword: string;
}

@Resolver(() => UserType)
export class AccountResolver {
  @Mutation(() => PasswordResetLinkType, {
    description:
      "Secretariat: for any account; chief editor: for their own member's. Issues a one-time link (replacing any earlier one), shown only in this answer",
  })
  async issuePasswordReset(@Ctx() ctx: RequestContext, @IdArg('userId') userId: string): Promise<PasswordResetLinkType> {
    const issued = await ctx.services.passwordResets.issue(requireViewer(ctx), userId, ctx.requestId);
    return { token: issued.token, path: `${PASSWORD_RESET.path}${issued.token}`, expiresAt: issued.expiresAt, account: issued.user };
  }

  @Query(() => ResetLinkInfoType, { description: 'Public (signed out): whether a reset link can still be used' })
  passwordResetLink(@Ctx() ctx: RequestContext, @TextArg('token', TOKEN_RULES) token: string): Promise<ResetLinkInfo> {
    return ctx.services.passwordResets.inspect(token);
  }

  @Mutation(() => Boolean, {
    description: 'Public (signed out): sets a new password with a reset link, spends the link and ends every session of the account',
  })
  async resetPassword(@Ctx() ctx: RequestContext, @Args(() => ResetPasswordArgs) args: ResetPasswordArgs): Promise<boolean> {
    const { req } = requireHttp(ctx);
    await ctx.services.passwordResets.reset(args.token, args.newPassword, { ip: req.ip ?? 'unknown' }, ctx.requestId);
    return true;
  }

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
