import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ChannelKind, TopicState } from '@yah/shared';
import { UserEntity } from '../accounts/user.entity';
import { MemberEntity } from '../members/member.entity';

/** A joint topic (联合选题): proposed by one member, co-sponsored by others. */
@Entity({ name: 'topics' })
@Index('idx_topics_state_created', ['state', 'createdAt'])
// The board's order (newest first), walked backwards.
@Index('idx_topics_created_id', ['createdAt', 'id'])
@Index('idx_topics_proposer', ['proposerMemberId'])
@Index('idx_topics_window', ['windowStart', 'windowEnd'])
// Participation: topics proposed in a period; a member's, newest first (its last activity, its drill-down).
@Index('idx_topics_proposed_at', ['proposedAt'])
@Index('idx_topics_proposer_proposed', ['proposerMemberId', 'proposedAt'])
// GIN indexes on province_codes and themes, and a trigram index on title, are created by hand in the migration.
@Index('idx_topics_province_codes', { synchronize: false })
@Index('idx_topics_themes', { synchronize: false })
@Index('idx_topics_title_trgm', { synchronize: false })
export class TopicEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 80 })
  title: string;

  @Column({ type: 'text' })
  brief: string;

  @Column({ type: 'varchar', array: true, length: 20 })
  themes: string[];

  @Column({ name: 'province_codes', type: 'varchar', array: true, length: 6 })
  provinceCodes: string[];

  @Column({ type: 'varchar', array: true, length: 40 })
  cities: string[];

  @Column({ name: 'window_start', type: 'date' })
  windowStart: string;

  @Column({ name: 'window_end', type: 'date' })
  windowEnd: string;

  @Column({ name: 'target_channels', type: 'varchar', array: true, length: 16 })
  targetChannels: ChannelKind[];

  @Column({ type: 'varchar', length: 16 })
  state: TopicState;

  @Column({ name: 'proposer_member_id', type: 'uuid' })
  proposerMemberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposer_member_id' })
  proposer?: MemberEntity;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @Column({ name: 'rejection_reason', type: 'varchar', length: 500, nullable: true })
  rejectionReason: string | null;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 500, nullable: true })
  cancelReason: string | null;

  /** When it was first proposed to the alliance. A topic never proposed stays its own member's, even once cancelled. */
  @Column({ name: 'proposed_at', type: 'timestamptz', nullable: true })
  proposedAt: Date | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  /** Raised by every change; an edit must name the version it started from. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

import type { CoSponsorStatus } from '@yah/shared';

export type { CoSponsorStatus } from '@yah/shared';

/** A member invited to, or co-sponsoring, a topic. */
@Entity({ name: 'topic_co_sponsors' })
@Index('idx_topic_co_sponsors_member', ['memberId', 'status'])
// Participation: co-sponsorships joined in a period, and a member's newest first (partial on JOINED, created by hand in the migration).
@Index('idx_topic_co_sponsors_joined', { synchronize: false })
@Index('idx_topic_co_sponsors_member_joined', { synchronize: false })
export class TopicCoSponsorEntity {
  @Column({ name: 'topic_id', type: 'uuid', primary: true })
  topicId: string;

  @Column({ name: 'member_id', type: 'uuid', primary: true })
  memberId: string;

  @ManyToOne(() => TopicEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'topic_id' })
  topic?: TopicEntity;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'varchar', length: 8 })
  status: CoSponsorStatus;

  @Column({ name: 'invited_at', type: 'timestamptz', default: () => 'now()' })
  invitedAt: Date;

  @Column({ name: 'joined_at', type: 'timestamptz', nullable: true })
  joinedAt: Date | null;
}

@Entity({ name: 'topic_comments' })
@Index('idx_topic_comments_topic', ['topicId', 'createdAt'])
export class TopicCommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'topic_id', type: 'uuid' })
  topicId: string;

  @ManyToOne(() => TopicEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'topic_id' })
  topic?: TopicEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
