import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';

import type { NotificationKind } from '@yah/shared';

export { NOTIFICATION_KINDS, type NotificationKind } from '@yah/shared';

/** One line in a user's in-app inbox. */
@Entity({ name: 'notifications' })
@Index('idx_notifications_user_created', ['userId', 'createdAt'])
// Unread counts: a partial index on unread rows, created by hand in the migration.
@Index('idx_notifications_user_unread', { synchronize: false })
// At most one DUE_SOON per claim: a partial unique index, created by hand in the migration.
@Index('uq_notifications_due_soon', { synchronize: false })
// One followed-piece notification per person and piece, one follow digest per person and alliance day: partial unique indexes.
@Index('uq_notifications_followed_piece', { synchronize: false })
@Index('uq_notifications_follow_digest', { synchronize: false })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ name: 'topic_id', type: 'uuid', nullable: true })
  topicId: string | null;

  @Column({ name: 'assignment_id', type: 'uuid', nullable: true })
  assignmentId: string | null;

  @Column({ name: 'claim_id', type: 'uuid', nullable: true })
  claimId: string | null;

  @Column({ name: 'resource_id', type: 'uuid', nullable: true })
  resourceId: string | null;

  @Column({ name: 'resource_request_id', type: 'uuid', nullable: true })
  resourceRequestId: string | null;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @Column({ name: 'innovation_round_id', type: 'uuid', nullable: true })
  innovationRoundId: string | null;

  /** The evidence a decision (EVIDENCE_VERIFIED / EVIDENCE_REJECTED) is about. */
  @Column({ name: 'commitment_evidence_id', type: 'uuid', nullable: true })
  commitmentEvidenceId: string | null;

  /** The announcement it tells of (ANNOUNCEMENT_POSTED). */
  @Column({ name: 'announcement_id', type: 'uuid', nullable: true })
  announcementId: string | null;

  /** LIVE: in the inbox at once; DIGEST: held back for the person's daily digest, never shown on its own. */
  @Column({ type: 'varchar', length: 8, default: 'LIVE' })
  delivery: 'LIVE' | 'DIGEST';

  @Column({ type: 'varchar', length: 2000, nullable: true })
  detail: string | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
