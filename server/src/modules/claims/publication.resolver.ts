import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { requireViewer, type RequestContext } from '../../common/context';
import { mustLoad } from '../../common/must-load';
import type { MemberEntity } from '../members/member.entity';
import { MemberType } from '../members/member.type';
import type { ClaimEntity, PublicationEntity } from './claim.entity';
import { ClaimType } from './claim.type';
import { PublicationFieldsInput, PublicationInput } from './publication.input';
import { publicationPolicy, type PublicationAction } from './publication.policy';
import { PublicationActionEnum, PublicationType } from './publication.type';

@Resolver(() => PublicationType)
export class PublicationResolver {
  @Mutation(() => PublicationType, { description: "The topic's editors record where an accepted piece ran, with its reach" })
  recordPublication(@Ctx() ctx: RequestContext, @Arg('input', () => PublicationInput) input: PublicationInput): Promise<PublicationEntity> {
    return ctx.services.publications.record(requireViewer(ctx), input, ctx.requestId);
  }

  @Mutation(() => PublicationType, { description: 'Whoever recorded a publication corrects it' })
  updatePublication(
    @Ctx() ctx: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => PublicationFieldsInput) input: PublicationFieldsInput,
  ): Promise<PublicationEntity> {
    return ctx.services.publications.update(requireViewer(ctx), id, input, ctx.requestId);
  }

  @Mutation(() => ClaimType, { nullable: true, description: 'Whoever recorded a publication withdraws it; returns its claim (null for a republication of a library piece)' })
  withdrawPublication(@Ctx() ctx: RequestContext, @Arg('id', () => ID) id: string): Promise<ClaimEntity | null> {
    return ctx.services.publications.withdraw(requireViewer(ctx), id, ctx.requestId);
  }

  @FieldResolver(() => ClaimType, { nullable: true, description: 'The accepted claim (null for a republication of a library piece)' })
  claim(@Root() publication: PublicationEntity, @Ctx() ctx: RequestContext): Promise<ClaimEntity> | null {
    return publication.claimId ? mustLoad(ctx.loaders.claimById.load(publication.claimId), 'claim') : null;
  }

  @FieldResolver(() => MemberType, { description: 'The member whose outlet ran it' })
  member(@Root() publication: PublicationEntity, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(publication.memberId), 'member');
  }

  @FieldResolver(() => [PublicationActionEnum], { description: 'What the signed-in viewer may do with this record' })
  viewerActions(@Root() publication: PublicationEntity, @Ctx() ctx: RequestContext): PublicationAction[] {
    return publicationPolicy.actions(requireViewer(ctx), publication);
  }
}
