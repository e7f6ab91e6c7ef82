import { Arg, Args, Ctx, FieldResolver, Float, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { InnovationProjectAction, InnovationRoundAction } from '@yah/shared';
import { requireViewer, type RequestContext } from '../../common/context';
import { IdArg } from '../../common/input/args';
import { mustLoad } from '../../common/must-load';
import type { Page } from '../../common/pagination';
import type { UserEntity } from '../accounts/user.entity';
import { PersonType } from '../accounts/user.type';
import type { EventEntity } from '../events/event.entity';
import { eventPolicy } from '../events/event.policy';
import { EventType } from '../events/event.type';
import type { MemberEntity } from '../members/member.entity';
import { MemberType } from '../members/member.type';
import type { NotificationEntity } from '../notifications/notification.entity';
import { NotificationType } from '../notifications/notification.type';
import type { InnovationProjectEntity, InnovationRoundEntity, InnovationScoreEntity } from './innovation.entity';
import {
  InnovationProjectFilter,
  MoveInnovationRoundArgs,
  PresentInnovationRoundArgs,
  NewInnovationProjectInput,
  NewInnovationRoundInput,
  ScoreInnovationProjectArgs,
  SetInnovationAwardArgs,
  SetInnovationPanelArgs,
  UpdateInnovationProjectArgs,
  UpdateInnovationRoundArgs,
} from './innovation.input';
import type { InnovationProgressRow, InnovationRoundCountsRow } from './innovation.loaders';
import { innovationPolicy } from './innovation.policy';
import {
  InnovationAwardEnum,
  InnovationCriterionType,
  InnovationProjectActionEnum,
  InnovationProjectConnection,
  InnovationProjectType,
  InnovationRoundActionEnum,
  InnovationRoundConnection,
  InnovationRoundCounts,
  InnovationRoundType,
  InnovationScoreType,
  InnovationScoringProgress,
} from './innovation.type';

async function roundOf(project: InnovationProjectEntity, ctx: RequestContext): Promise<InnovationRoundEntity> {
  return mustLoad(ctx.loaders.innovationRoundById.load(project.roundId), 'innovation round');
}

@Resolver(() => InnovationRoundType)
export class InnovationRoundResolver {
  @Query(() => InnovationRoundConnection, { description: 'Every round, newest year first' })
  innovationRounds(
    @Ctx() ctx: RequestContext,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<InnovationRoundEntity>> {
    requireViewer(ctx);
    return ctx.services.innovation.listRounds(first, after);
  }

  @Query(() => InnovationRoundType, { nullable: true })
  innovationRound(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<InnovationRoundEntity | null> {
    requireViewer(ctx);
    return ctx.services.innovation.round(id);
  }

  @Mutation(() => InnovationRoundType, { description: 'The secretariat opens a round (OPEN) with its criteria and deadline' })
  openInnovationRound(@Ctx() ctx: RequestContext, @Arg('input', () => NewInnovationRoundInput) input: NewInnovationRoundInput): Promise<InnovationRoundEntity> {
    return ctx.services.innovation.openRound(requireViewer(ctx), input, ctx.requestId);
  }

  @Mutation(() => InnovationRoundType, { description: 'While OPEN; stale version → CONFLICT STALE_VERSION' })
  updateInnovationRound(@Ctx() ctx: RequestContext, @Args(() => UpdateInnovationRoundArgs) { id, version, input }: UpdateInnovationRoundArgs): Promise<InnovationRoundEntity> {
    return ctx.services.innovation.updateRound(requireViewer(ctx), id, version, input, ctx.requestId);
  }

  @Mutation(() => InnovationRoundType, { description: 'Names the panel (replacing it) while OPEN or SCORING; new panellists are notified' })
  setInnovationPanel(@Ctx() ctx: RequestContext, @Args(() => SetInnovationPanelArgs) { roundId, userIds }: SetInnovationPanelArgs): Promise<InnovationRoundEntity> {
    return ctx.services.innovation.setPanel(requireViewer(ctx), roundId, userIds, ctx.requestId);
  }

  @Mutation(() => InnovationRoundType, { description: 'One step OPEN → SCORING → CLOSED → PUBLISHED, guarded on the state it was read in' })
  moveInnovationRound(@Ctx() ctx: RequestContext, @Args(() => MoveInnovationRoundArgs) { id, to }: MoveInnovationRoundArgs): Promise<InnovationRoundEntity> {
    return ctx.services.innovation.moveRound(requireViewer(ctx), id, to, ctx.requestId);
  }

  @Mutation(() => InnovationRoundType, { description: 'The secretariat names the published event at which the recommended list is presented (null: none)' })
  presentInnovationRound(@Ctx() ctx: RequestContext, @Args(() => PresentInnovationRoundArgs) { roundId, eventId }: PresentInnovationRoundArgs): Promise<InnovationRoundEntity> {
    return ctx.services.innovation.presentAtEvent(requireViewer(ctx), roundId, eventId ?? null, ctx.requestId);
  }

  @FieldResolver(() => EventType, { nullable: true, description: 'The meeting or trip at which the recommended list is presented (null: none, cancelled, or not readable)' })
  async presentedAt(@Root() round: InnovationRoundEntity, @Ctx() ctx: RequestContext): Promise<EventEntity | null> {
    if (!round.presentedAtEventId) return null;
    const event = await ctx.loaders.eventById.load(round.presentedAtEventId);
    // A cancelled event presents nothing: the round shows no venue until the secretariat names another.
    return event && event.status !== 'CANCELLED' && eventPolicy.mayRead(requireViewer(ctx), event) ? event : null;
  }

  @FieldResolver(() => [InnovationCriterionType])
  criteria(@Root() round: InnovationRoundEntity): InnovationCriterionType[] {
    return round.criteria.map((criterion, index) => ({ ...criterion, index }));
  }

  @FieldResolver(() => Int, { description: 'The most points a project can get from one panellist' })
  maxTotal(@Root() round: InnovationRoundEntity): number {
    return round.criteria.reduce((sum, criterion) => sum + criterion.maxScore, 0);
  }

  @FieldResolver(() => [PersonType])
  async panel(@Root() round: InnovationRoundEntity, @Ctx() ctx: RequestContext): Promise<UserEntity[]> {
    requireViewer(ctx);
    const ids = await ctx.loaders.innovationPanelByRound.load(round.id);
    return Promise.all(ids.map((id) => mustLoad(ctx.loaders.userById.load(id), 'user')));
  }

  @FieldResolver(() => Boolean)
  viewerOnPanel(@Root() round: InnovationRoundEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    requireViewer(ctx);
    return ctx.loaders.viewerOnInnovationPanel.load(round.id);
  }

  @FieldResolver(() => [InnovationRoundActionEnum], { description: 'What the signed-in viewer may do with this round now' })
  async viewerActions(@Root() round: InnovationRoundEntity, @Ctx() ctx: RequestContext): Promise<InnovationRoundAction[]> {
    return innovationPolicy.roundActions(requireViewer(ctx), await ctx.loaders.viewerOnInnovationPanel.load(round.id), round);
  }

  @FieldResolver(() => InnovationRoundCounts)
  async counts(@Root() round: InnovationRoundEntity, @Ctx() ctx: RequestContext): Promise<InnovationRoundCountsRow> {
    const viewer = requireViewer(ctx);
    const counts = await ctx.loaders.innovationRoundCounts.load(round.id);
    const onPanel = await ctx.loaders.viewerOnInnovationPanel.load(round.id);
    return innovationPolicy.maySeeAward(viewer, onPanel, round) ? counts : { ...counts, top: 0, excellent: 0 };
  }

  @FieldResolver(() => [InnovationScoringProgress], { nullable: true, description: 'The secretariat only: per panellist how many projects they scored (never the values)' })
  async scoringProgress(@Root() round: InnovationRoundEntity, @Ctx() ctx: RequestContext): Promise<InnovationProgressRow[] | null> {
    return innovationPolicy.maySeeProgress(requireViewer(ctx)) ? ctx.loaders.innovationProgressByRound.load(round.id) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'The secretariat only: submitted projects with no score yet (the round closes only at 0)' })
  async unscoredCount(@Root() round: InnovationRoundEntity, @Ctx() ctx: RequestContext): Promise<number | null> {
    return innovationPolicy.maySeeProgress(requireViewer(ctx)) ? ctx.loaders.innovationUnscoredByRound.load(round.id) : null;
  }
}

@Resolver(() => InnovationScoringProgress)
export class InnovationProgressResolver {
  @FieldResolver(() => PersonType)
  panellist(@Root() row: InnovationProgressRow, @Ctx() ctx: RequestContext): Promise<UserEntity> {
    return mustLoad(ctx.loaders.userById.load(row.userId), 'user');
  }
}

@Resolver(() => InnovationScoreType)
export class InnovationScoreResolver {
  @FieldResolver(() => PersonType)
  panellist(@Root() score: InnovationScoreEntity, @Ctx() ctx: RequestContext): Promise<UserEntity> {
    return mustLoad(ctx.loaders.userById.load(score.userId), 'user');
  }
}

@Resolver(() => InnovationProjectType)
export class InnovationProjectResolver {
  @Query(() => InnovationProjectConnection, { description: "A round's projects the viewer may read; ranked once the viewer may see the ranking" })
  innovationProjects(
    @Ctx() ctx: RequestContext,
    @IdArg('roundId') roundId: string,
    @Arg('filter', () => InnovationProjectFilter, { nullable: true }) filter?: InnovationProjectFilter | null,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
  ): Promise<Page<InnovationProjectEntity>> {
    return ctx.services.innovation.listProjects(requireViewer(ctx), roundId, filter, first, after);
  }

  @Query(() => InnovationProjectType, { nullable: true, description: 'null when the viewer may not read it' })
  innovationProject(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<InnovationProjectEntity | null> {
    return ctx.services.innovation.project(requireViewer(ctx), id);
  }

  @Mutation(() => InnovationProjectType, { description: "Submits a project for the viewer's member while the round is OPEN (TOO_MANY_PROJECTS past the limit)" })
  submitInnovationProject(@Ctx() ctx: RequestContext, @Arg('input', () => NewInnovationProjectInput) input: NewInnovationProjectInput): Promise<InnovationProjectEntity> {
    return ctx.services.innovation.submitProject(requireViewer(ctx), input, ctx.requestId);
  }

  @Mutation(() => InnovationProjectType, { description: 'Its own member edits it until submissions close; stale version → CONFLICT STALE_VERSION' })
  updateInnovationProject(@Ctx() ctx: RequestContext, @Args(() => UpdateInnovationProjectArgs) { id, version, input }: UpdateInnovationProjectArgs): Promise<InnovationProjectEntity> {
    return ctx.services.innovation.updateProject(requireViewer(ctx), id, version, input, ctx.requestId);
  }

  @Mutation(() => InnovationProjectType, { description: 'Its own member withdraws it until submissions close; the slot is given back' })
  withdrawInnovationProject(@Ctx() ctx: RequestContext, @IdArg('id') id: string): Promise<InnovationProjectEntity> {
    return ctx.services.innovation.withdrawProject(requireViewer(ctx), id, ctx.requestId);
  }

  @Mutation(() => InnovationProjectType, { description: 'A panellist scores every criterion (0..max) while SCORING; again replaces it' })
  scoreInnovationProject(@Ctx() ctx: RequestContext, @Args(() => ScoreInnovationProjectArgs) { projectId, scores, comment }: ScoreInnovationProjectArgs): Promise<InnovationProjectEntity> {
    return ctx.services.innovation.scoreProject(requireViewer(ctx), projectId, scores, comment ?? null, ctx.requestId);
  }

  @Mutation(() => InnovationProjectType, { description: 'The secretariat sets (null: clears) the award while the round is CLOSED' })
  setInnovationAward(@Ctx() ctx: RequestContext, @Args(() => SetInnovationAwardArgs) { projectId, award }: SetInnovationAwardArgs): Promise<InnovationProjectEntity> {
    return ctx.services.innovation.setAward(requireViewer(ctx), projectId, award ?? null, ctx.requestId);
  }

  @FieldResolver(() => InnovationRoundType)
  round(@Root() project: InnovationProjectEntity, @Ctx() ctx: RequestContext): Promise<InnovationRoundEntity> {
    return roundOf(project, ctx);
  }

  @FieldResolver(() => MemberType)
  member(@Root() project: InnovationProjectEntity, @Ctx() ctx: RequestContext): Promise<MemberEntity> {
    return mustLoad(ctx.loaders.memberById.load(project.memberId), 'member');
  }

  @FieldResolver(() => PersonType)
  submittedBy(@Root() project: InnovationProjectEntity, @Ctx() ctx: RequestContext): Promise<UserEntity> {
    return mustLoad(ctx.loaders.userById.load(project.submittedById), 'user');
  }

  @FieldResolver(() => InnovationAwardEnum, { nullable: true, description: 'Hidden (null) until the viewer may see awards' })
  async award(@Root() project: InnovationProjectEntity, @Ctx() ctx: RequestContext): Promise<InnovationProjectEntity['award']> {
    const round = await roundOf(project, ctx);
    return innovationPolicy.maySeeAward(requireViewer(ctx), await ctx.loaders.viewerOnInnovationPanel.load(round.id), round) ? project.award : null;
  }

  @FieldResolver(() => InnovationScoreType, { nullable: true, description: "The viewer's own score (panellists)" })
  viewerScore(@Root() project: InnovationProjectEntity, @Ctx() ctx: RequestContext): Promise<InnovationScoreEntity | null> {
    requireViewer(ctx);
    return ctx.loaders.viewerInnovationScore.load(project.id);
  }

  @FieldResolver(() => [InnovationScoreType], { description: 'Every panellist’s score: empty until the round is CLOSED, and then only for the panel and the secretariat' })
  async scores(@Root() project: InnovationProjectEntity, @Ctx() ctx: RequestContext): Promise<InnovationScoreEntity[]> {
    const round = await roundOf(project, ctx);
    if (!innovationPolicy.maySeeAllScores(requireViewer(ctx), await ctx.loaders.viewerOnInnovationPanel.load(round.id), round)) return [];
    return ctx.loaders.innovationScoresByProject.load(project.id);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Mean of the panellists’ totals: null until the viewer may see all scores' })
  async averageScore(@Root() project: InnovationProjectEntity, @Ctx() ctx: RequestContext): Promise<number | null> {
    const round = await roundOf(project, ctx);
    if (!innovationPolicy.maySeeAllScores(requireViewer(ctx), await ctx.loaders.viewerOnInnovationPanel.load(round.id), round)) return null;
    return project.averageScore === null ? null : Number(project.averageScore);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Place by average score: null until the viewer may see all scores' })
  async rank(@Root() project: InnovationProjectEntity, @Ctx() ctx: RequestContext): Promise<number | null> {
    const round = await roundOf(project, ctx);
    return innovationPolicy.maySeeAllScores(requireViewer(ctx), await ctx.loaders.viewerOnInnovationPanel.load(round.id), round) ? project.rank : null;
  }

  @FieldResolver(() => [InnovationProjectActionEnum], { description: 'What the signed-in viewer may do with this project now' })
  async viewerActions(@Root() project: InnovationProjectEntity, @Ctx() ctx: RequestContext): Promise<InnovationProjectAction[]> {
    const round = await roundOf(project, ctx);
    return innovationPolicy.projectActions(requireViewer(ctx), await ctx.loaders.viewerOnInnovationPanel.load(round.id), round, project);
  }
}

@Resolver(() => EventType)
export class EventInnovationResolver {
  @FieldResolver(() => [InnovationRoundType], { description: 'Innovation rounds whose recommended list is presented at this event' })
  presentedRounds(@Root() event: EventEntity, @Ctx() ctx: RequestContext): Promise<InnovationRoundEntity[]> {
    requireViewer(ctx);
    return ctx.loaders.innovationRoundsByPresentedEvent.load(event.id);
  }
}

@Resolver(() => NotificationType)
export class NotificationInnovationResolver {
  @FieldResolver(() => InnovationRoundType, { nullable: true, description: 'The innovation round it is about' })
  innovationRound(@Root() note: NotificationEntity, @Ctx() ctx: RequestContext): Promise<InnovationRoundEntity | null> {
    requireViewer(ctx);
    return note.innovationRoundId ? ctx.loaders.innovationRoundById.load(note.innovationRoundId) : Promise.resolve(null);
  }
}
