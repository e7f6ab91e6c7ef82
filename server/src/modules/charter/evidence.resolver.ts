import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer, type RequestContext } from '../../common/context';
import { IdArg, TextArg } from '../../common/input/args';
import { mustLoad } from '../../common/must-load';
import type { Page } from '../../common/pagination';
import type { UserEntity } from '../accounts/user.entity';
import { UserType } from '../accounts/user.type';
import { AttachedFileType, attachedFile } from '../files/file.type';
import type { MemberEntity } from '../members/member.entity';
import { MemberType } from '../members/member.type';
import type { NotificationEntity } from '../notifications/notification.entity';
import { NotificationType } from '../notifications/notification.type';
import type { CommitmentEntity, CommitmentEvidenceEntity } from './charter.entity';
import { DECISION_NOTE, EvidenceFilter, EvidenceInput } from './charter.input';
import { evidencePolicy } from './charter.policy';
import { readableUser } from './charter.resolver';
import { CommitmentEvidenceConnection, CommitmentEvidenceType, CommitmentType } from './charter.type';

@Resolver(() => CommitmentEvidenceType)
export class CommitmentEvidenceResolver {
  @Query(() => CommitmentEvidenceConnection, { description: "Newest first. The secretariat: every member's; chief editors and editors: their own member's; reporters: FORBIDDEN" })
  commitmentEvidence(
    @Ctx() ctx: RequestContext,
    @Arg('filter', () => EvidenceFilter, { nullable: true }) filter?: EvidenceFilter | null,
    @Arg('first', () => Int, { nullable: true, defaultValue: 20 }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<CommitmentEvidenceEntity>> {
    return ctx.services.commitmentEvidence.list(requireViewer(ctx), filter ?? {}, first, after);
  }

  @Mutation(() => CommitmentEvidenceType, { description: "MANUAL commitments only: a member's chief editor or editors for their own member, the secretariat for any member" })
  submitCommitmentEvidence(@Ctx() ctx: RequestContext, @Arg('input', () => EvidenceInput) input: EvidenceInput): Promise<CommitmentEvidenceEntity> {
    return ctx.services.commitmentEvidence.submit(requireViewer(ctx), input, ctx.requestId);
  }

  @Mutation(() => CommitmentEvidenceType, {
    description: 'Secretariat: verifies or rejects SUBMITTED evidence (CONFLICT NOT_ALLOWED_IN_STATE once decided; STALE_VERSION when version is stale); the submitter is told',
  })
  decideCommitmentEvidence(
    @Ctx() ctx: RequestContext,
    @IdArg('id') id: string,
    @Arg('verified', () => Boolean) verified: boolean,
    @Arg('version', () => Int) version: number,
    @TextArg('note', DECISION_NOTE, { nullable: true }) note?: string | null,
  ): Promise<CommitmentEvidenceEntity> {
    return ctx.services.commitmentEvidence.decide(requireViewer(ctx), id, verified, note ?? null, version, ctx.requestId);
  }

  @FieldResolver(() => CommitmentType)
  commitment(@Root() evidence: CommitmentEvidenceEntity, @Ctx() ctx: RequestContext): Promise<CommitmentEntity> {
    return mustLoad(ctx.loaders.commitmentById.load(evidence.commitmentId), 'commitment');
  }

  @FieldResolver(() => MemberType)
  member(@Root() evidence: CommitmentEvidenceEntity, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(evidence.memberId), 'member');
  }

  @FieldResolver(() => [AttachedFileType], { description: 'Kept whatever becomes of the evidence (rejected evidence still lists its files)' })
  async files(@Root() evidence: CommitmentEvidenceEntity, @Ctx() ctx: RequestContext): Promise<AttachedFileType[]> {
    return (await ctx.loaders.filesByEvidence.load(evidence.id)).map(attachedFile);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Null unless the viewer may read that account' })
  submittedBy(@Root() evidence: CommitmentEvidenceEntity, @Ctx() ctx: RequestContext): Promise<UserEntity | null> {
    return readableUser(evidence.submittedById, ctx);
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Null while undecided, or unless the viewer may read that account' })
  decidedBy(@Root() evidence: CommitmentEvidenceEntity, @Ctx() ctx: RequestContext): Promise<UserEntity | null> {
    return readableUser(evidence.decidedById, ctx);
  }
}

@Resolver(() => NotificationType)
export class NotificationEvidenceResolver {
  @FieldResolver(() => CommitmentEvidenceType, { nullable: true, description: 'The evidence a decision is about; null unless the viewer may read it' })
  async commitmentEvidence(@Root() note: NotificationEntity, @Ctx() ctx: RequestContext): Promise<CommitmentEvidenceEntity | null> {
    const evidence = note.commitmentEvidenceId ? await ctx.loaders.commitmentEvidenceById.load(note.commitmentEvidenceId) : null;
    return evidence && evidencePolicy.mayRead(requireViewer(ctx), evidence) ? evidence : null;
  }
}
