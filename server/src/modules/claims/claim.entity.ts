import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ClaimState } from '@yah/shared';
import { UserEntity } from '../accounts/user.entity';
import { AssignmentEntity } from '../assignments/assignment.entity';
import { MemberEntity } from '../members/member.entity';
import { ResourceEntity } from '../resources/resource.entity';
import { TopicEntity } from '../topics/topic.entity';

/** A reporter's hold on one slot of an assignment, and the work submitted for it. */
@Entity({ name: 'claims' })
@Index('idx_claims_assignment', ['assignmentId', 'state'])
@Index('idx_claims_reporter', ['reporterId', 'state'])
// Offers an editor made, newest first (their answers come back to the offering editor).
@Index('idx_claims_offered_by', ['offeredById'])
// One live claim per reporter and assignment: a partial unique index, created by hand in the migration.
@Index('uq_claims_live_reporter', { synchronize: false })
// Participation, created by hand in the migration: claims accepted in a period (partial on ACCEPTED, with the reporter),
// and a reporter's latest claim activity (reporter, coalesce(submitted_at, claimed_at)).
@Index('idx_claims_accepted_decided', { synchronize: false })
@Index('idx_claims_reporter_activity', { synchronize: false })
export class ClaimEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId: string;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: AssignmentEntity;

  @Column({ name: 'reporter_id', type: 'uuid' })
  reporterId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: UserEntity;

  @Column({ type: 'varchar', length: 20 })
  state: ClaimState;

  @Column({ name: 'submission_text', type: 'text', nullable: true })
  submissionText: string | null;

  @Column({ name: 'submission_links', type: 'varchar', array: true, length: 500, default: () => "'{}'" })
  submissionLinks: string[];

  @Column({ name: 'review_comment', type: 'varchar', length: 2000, nullable: true })
  reviewComment: string | null;

  /** When the slot became the reporter's: the claim, or the acceptance of an offer (an offer's row sets it when offered, then again on accepting). */
  @Column({ name: 'claimed_at', type: 'timestamptz', default: () => 'now()' })
  claimedAt: Date;

  /** The editor who offered this slot to the reporter (null for a claim the reporter made). */
  @Column({ name: 'offered_by_id', type: 'uuid', nullable: true })
  offeredById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'offered_by_id' })
  offeredBy?: UserEntity;

  @Column({ name: 'offered_at', type: 'timestamptz', nullable: true })
  offeredAt: Date | null;

  /** The reporter's optional reason for declining an offer. */
  @Column({ name: 'decline_reason', type: 'varchar', length: 500, nullable: true })
  declineReason: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * A piece as it ran at a member's outlet (刊发记录), with its reach: either an accepted claim's work, or a
 * content-library piece republished by another member. Exactly one of the two sources is set.
 */
@Entity({ name: 'publications' })
@Index('idx_publications_claim', ['claimId'])
@Index('idx_publications_topic', ['topicId'])
@Index('idx_publications_resource', ['resourceId', 'publishedAt'])
@Index('idx_publications_member', ['memberId'])
// Participation: pieces republished in a period; a member's latest recorded (its last activity).
@Index('idx_publications_published', ['publishedAt'])
@Index('idx_publications_member_created', ['memberId', 'createdAt'])
@Check('chk_publications_one_source', '(claim_id IS NULL) <> (resource_id IS NULL)')
export class PublicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'claim_id', type: 'uuid', nullable: true })
  claimId: string | null;

  @ManyToOne(() => ClaimEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'claim_id' })
  claim?: ClaimEntity;

  /** Denormalised from the claim's assignment so a topic's reach is one indexed sum; null for a republication. */
  @Column({ name: 'topic_id', type: 'uuid', nullable: true })
  topicId: string | null;

  @ManyToOne(() => TopicEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'topic_id' })
  topic?: TopicEntity;

  /** The library piece republished (null for a claim's own publication). */
  @Column({ name: 'resource_id', type: 'uuid', nullable: true })
  resourceId: string | null;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id' })
  resource?: ResourceEntity;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'varchar', length: 16 })
  channel: string;

  @Column({ type: 'varchar', length: 500 })
  url: string;

  @Column({ name: 'published_at', type: 'timestamptz' })
  publishedAt: Date;

  @Column({ type: 'bigint', default: 0, transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  views: number;

  @Column({ type: 'integer', default: 0 })
  shares: number;

  @Column({ type: 'integer', default: 0 })
  likes: number;

  @Column({ name: 'recorded_by_id', type: 'uuid' })
  recordedById: string;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
