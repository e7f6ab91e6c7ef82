import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CommitmentMetric, EvidenceState, PeriodKind, ResourceArea } from '@yah/shared';
import { UserEntity } from '../accounts/user.entity';
import { MemberEntity } from '../members/member.entity';

/** One article of the charter; `area` marks the articles on the five areas of sharing. */
export interface CharterArticle {
  number: number;
  title: string;
  body: string;
  area: ResourceArea | null;
}

/** A published version of the charter (章程): versions are never edited, a change is a new version. */
@Entity({ name: 'charter_versions' })
@Index('idx_charter_versions_version', ['version'], { unique: true })
export class CharterVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'jsonb' })
  articles: CharterArticle[];

  /** What changed and why, as the secretariat put it. */
  @Column({ name: 'change_note', type: 'varchar', length: 1000, default: '' })
  changeNote: string;

  @Column({ name: 'published_by_id', type: 'uuid', nullable: true })
  publishedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'published_by_id' })
  publishedBy?: UserEntity;

  @CreateDateColumn({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}

/** A period commitments are set for: a calendar year or quarter (alliance dates, inclusive). */
@Entity({ name: 'participation_periods' })
@Index('idx_participation_periods_unique', ['kind', 'year', 'quarter'], { unique: true })
@Index('idx_participation_periods_dates', ['startsOn', 'endsOn'])
@Check('chk_participation_periods_quarter', `(kind = 'YEAR' AND quarter = 0) OR (kind = 'QUARTER' AND quarter BETWEEN 1 AND 4)`)
export class ParticipationPeriodEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 8 })
  kind: PeriodKind;

  @Column({ type: 'integer' })
  year: number;

  /** 1–4 for a quarter, 0 for a year (so the unique index holds). */
  @Column({ type: 'smallint', default: 0 })
  quarter: number;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ name: 'opened_by_id', type: 'uuid', nullable: true })
  openedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'opened_by_id' })
  openedBy?: UserEntity;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A commitment of a period: a metric, a default target per member, and its weight in the participation index. */
@Entity({ name: 'commitments' })
@Index('idx_commitments_period', ['periodId', 'createdAt'])
// A measured metric is committed to once per period; MANUAL commitments (e.g. "host one training") may be many.
@Index('uq_commitments_measured_metric', { synchronize: false })
@Check('chk_commitments_weight', 'weight BETWEEN 1 AND 10')
@Check('chk_commitments_target', 'default_target >= 0')
export class CommitmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'period_id', type: 'uuid' })
  periodId: string;

  @ManyToOne(() => ParticipationPeriodEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id' })
  period?: ParticipationPeriodEntity;

  @Column({ type: 'varchar', length: 32 })
  metric: CommitmentMetric;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ type: 'varchar', length: 1000, default: '' })
  description: string;

  /** What every member commits to unless a per-member target overrides it; a rate's target is a percentage. */
  @Column({ name: 'default_target', type: 'integer' })
  defaultTarget: number;

  @Column({ type: 'smallint', default: 1 })
  weight: number;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A member's own target for a commitment, overriding the default. */
@Entity({ name: 'commitment_targets' })
@Check('chk_commitment_targets_target', 'target >= 0')
export class CommitmentTargetEntity {
  @Column({ name: 'commitment_id', type: 'uuid', primary: true })
  commitmentId: string;

  @ManyToOne(() => CommitmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: CommitmentEntity;

  @Column({ name: 'member_id', type: 'uuid', primary: true })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'integer' })
  target: number;
}

/** Evidence a member gives for a MANUAL commitment; each piece the secretariat verifies counts one towards the target. */
@Entity({ name: 'commitment_evidence' })
@Index('idx_commitment_evidence_commitment_member', ['commitmentId', 'memberId', 'state'])
@Index('idx_commitment_evidence_state', ['state', 'createdAt'])
export class CommitmentEvidenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'commitment_id', type: 'uuid' })
  commitmentId: string;

  @ManyToOne(() => CommitmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commitment_id' })
  commitment?: CommitmentEntity;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ name: 'submitted_by_id', type: 'uuid', nullable: true })
  submittedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'submitted_by_id' })
  submittedBy?: UserEntity;

  @Column({ type: 'varchar', length: 2000 })
  text: string;

  @Column({ type: 'varchar', array: true, length: 500, default: () => "'{}'" })
  links: string[];

  @Column({ type: 'varchar', length: 12 })
  state: EvidenceState;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by_id' })
  decidedBy?: UserEntity;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_note', type: 'varchar', length: 500, nullable: true })
  decisionNote: string | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
