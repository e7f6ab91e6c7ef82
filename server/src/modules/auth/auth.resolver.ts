import { Arg, ArgsType, Args, Ctx, Field, Mutation, Query, Resolver } from 'type-graphql';
import { LIMITS } from '@yah/shared';
import { requireHttp, requireViewer, type RequestContext } from '../../common/context';
import type { UserEntity } from '../accounts/user.entity';
import { UserType } from '../accounts/user.type';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { TextArg } from '../../common/input/args';
import { IsText } from '../../common/input/decorators';

@ArgsType()
class ChangePasswordArgs {
  @Field(() => String)
  @IsText({ min: 1, max: LIMITS.password.max, verbatim: true })
  currentPassword: string;

  @Field(() => String)
  @IsText({ ...LIMITS.password, verbatim: true })
  newPassword: string;
}

@Resolver()
export class AuthResolver {
  @Query(() => UserType, { nullable: true, description: 'The signed-in account, or null' })
  me(@Ctx() ctx: RequestContext): Promise<UserEntity> | null {
    return ctx.viewer ? ctx.services.accounts.byId(ctx.viewer.userId) : null;
  }

  @Mutation(() => UserType, { description: 'Signs in and sets the httpOnly session cookie' })
  async signIn(
    @Ctx() ctx: RequestContext,
    @TextArg('email', { min: 1, max: LIMITS.email.max }) email: string,
    @Arg('password', () => String) password: string,
  ): Promise<UserEntity> {
    const { req, res } = requireHttp(ctx);
    // Bounded here rather than by validation: an over-long value is simply a wrong credential.
    const { user, token } = await ctx.services.auth.signIn(email.slice(0, LIMITS.email.max), password.slice(0, LIMITS.password.max + 1), {
      ip: req.ip ?? 'unknown',
      userAgent: req.get('user-agent') ?? null,
    });
    setSessionCookie(req, res, token, ctx.services.sessions.maxAgeMs);
    return user;
  }

  @Mutation(() => Boolean)
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    const { req, res } = requireHttp(ctx);
    if (ctx.viewer) await ctx.services.auth.signOut(ctx.viewer);
    clearSessionCookie(req, res);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends every other session of the account' })
  async changePassword(@Ctx() ctx: RequestContext, @Args(() => ChangePasswordArgs) args: ChangePasswordArgs): Promise<boolean> {
    await ctx.services.auth.changePassword(requireViewer(ctx), args.currentPassword, args.newPassword, ctx.requestId);
    return true;
  }
}
