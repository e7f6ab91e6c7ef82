import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { InnovationAward, InnovationCategory, InnovationProjectStatus, InnovationRoundStatus } from '@yah/shared';
import { UserEntity } from '../accounts/user.entity';
import { EventEntity } from '../events/event.entity';
import { MemberEntity } from '../members/member.entity';

/** One published scoring criterion of a round. */
export interface InnovationCriterion {
  name: string;
  description: string | null;
  maxScore: number;
}

/** A picture or video of a project and whose it is. */
export interface InnovationMedia {
  url: string;
  credit: string;
}

/** A yearly round of the media-convergence innovation projects (地市党媒融合创新项目). */
@Entity({ name: 'innovation_rounds' })
@Index('idx_innovation_rounds_year', ['year'], { unique: true })
@Index('idx_innovation_rounds_presented_at', ['presentedAtEventId'])
export class InnovationRoundEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'integer' })
  year: number;

  /** The published criteria, in order; a score names them by index. */
  @Column({ type: 'jsonb' })
  criteria: InnovationCriterion[];

  @Column({ name: 'submissions_close_at', type: 'timestamptz' })
  submissionsCloseAt: Date;

  @Column({ type: 'varchar', length: 12 })
  status: InnovationRoundStatus;

  @Column({ name: 'opened_by_id', type: 'uuid', nullable: true })
  openedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'opened_by_id' })
  openedBy?: UserEntity;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  /** The alliance meeting or trip at which the recommended list is (or was) presented, as at the Jingzhou founding meeting. */
  @Column({ name: 'presented_at_event_id', type: 'uuid', nullable: true })
  presentedAtEventId: string | null;

  @ManyToOne(() => EventEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'presented_at_event_id' })
  presentedAt?: EventEntity;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A panel member of a round: any member's account, named by the secretariat. */
@Entity({ name: 'innovation_panellists' })
@Index('idx_innovation_panellists_user', ['userId'])
export class InnovationPanellistEntity {
  @Column({ name: 'round_id', type: 'uuid', primary: true })
  roundId: string;

  @ManyToOne(() => InnovationRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: InnovationRoundEntity;

  @Column({ name: 'user_id', type: 'uuid', primary: true })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A member's convergence project submitted to a round. */
@Entity({ name: 'innovation_projects' })
@Index('idx_innovation_projects_round', ['roundId', 'status', 'createdAt'])
@Index('idx_innovation_projects_member', ['memberId', 'roundId'])
export class InnovationProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @ManyToOne(() => InnovationRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: InnovationRoundEntity;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ name: 'submitted_by_id', type: 'uuid' })
  submittedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'submitted_by_id' })
  submittedBy?: UserEntity;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'varchar', length: 12 })
  category: InnovationCategory;

  @Column({ type: 'varchar', length: 2000 })
  summary: string;

  @Column({ type: 'varchar', length: 4000, nullable: true })
  results: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  links: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  media: InnovationMedia[];

  @Column({ type: 'varchar', length: 12 })
  status: InnovationProjectStatus;

  @Column({ type: 'varchar', length: 12, nullable: true })
  award: InnovationAward | null;

  /** Mean of the panellists' totals, fixed when scoring closes. */
  @Column({ name: 'average_score', type: 'numeric', precision: 7, scale: 2, nullable: true })
  averageScore: string | null;

  /** 1-based place by average score, fixed when scoring closes. */
  @Column({ type: 'integer', nullable: true })
  rank: number | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Projects a member holds in a round (not withdrawn): raised only by a guarded upsert that refuses to pass the limit. */
@Entity({ name: 'innovation_member_quota' })
@Check('chk_innovation_member_quota_used', 'used >= 0')
export class InnovationMemberQuotaEntity {
  @Column({ name: 'round_id', type: 'uuid', primary: true })
  roundId: string;

  @ManyToOne(() => InnovationRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_id' })
  round?: InnovationRoundEntity;

  @Column({ name: 'member_id', type: 'uuid', primary: true })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'integer', default: 0 })
  used: number;
}

/** One panellist's score of one project: a score per criterion (by index), their sum and an optional comment. */
@Entity({ name: 'innovation_scores' })
@Index('idx_innovation_scores_user', ['userId'])
export class InnovationScoreEntity {
  @Column({ name: 'project_id', type: 'uuid', primary: true })
  projectId: string;

  @ManyToOne(() => InnovationProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: InnovationProjectEntity;

  @Column({ name: 'user_id', type: 'uuid', primary: true })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** Denormalised so a round's progress per panellist is one index walk. */
  @Column({ name: 'round_id', type: 'uuid' })
  roundId: string;

  @Column({ type: 'jsonb' })
  scores: number[];

  @Column({ type: 'integer' })
  total: number;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment: string | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
