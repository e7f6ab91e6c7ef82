import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AssignmentFormat, AssignmentStatus } from '@yah/shared';
import { UserEntity } from '../accounts/user.entity';
import { MemberEntity } from '../members/member.entity';
import { TopicEntity } from '../topics/topic.entity';

/** A piece of work within a topic (采访任务), with a number of slots reporters claim. */
@Entity({ name: 'assignments' })
@Check('chk_assignments_slots', 'claimed_count >= 0 AND claimed_count <= slots')
@Check(
  'chk_assignments_place',
  '(place_name IS NULL AND place_latitude IS NULL AND place_longitude IS NULL) OR (place_name IS NOT NULL AND place_latitude BETWEEN -90 AND 90 AND place_longitude BETWEEN -180 AND 180)',
)
@Index('idx_assignments_open_due', ['status', 'dueAt'])
@Index('idx_assignments_topic', ['topicId'])
@Index('idx_assignments_location', ['locationMemberId'])
@Index('idx_assignments_format', ['format', 'dueAt'])
// Participation: claims on assignments that fell due in a period (on-time rate).
@Index('idx_assignments_due', ['dueAt'])
// Open assignments, nearest first: claimable slots per city by due time (partial; migration 1796100000000).
@Index('idx_assignments_claimable', { synchronize: false })
export class AssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'topic_id', type: 'uuid' })
  topicId: string;

  @ManyToOne(() => TopicEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'topic_id' })
  topic?: TopicEntity;

  @Column({ type: 'varchar', length: 80 })
  title: string;

  @Column({ type: 'text', default: '' })
  brief: string;

  @Column({ type: 'varchar', length: 8 })
  format: AssignmentFormat;

  @Column({ name: 'location_member_id', type: 'uuid' })
  locationMemberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'location_member_id' })
  location?: MemberEntity;

  /**
   * A place that is not a member city (洞庭湖, a county, a trip's stop), with its point; null when the work happens in
   * the member city itself. `locationMemberId` is then the member city nearest to the point (nearest first walks it).
   */
  @Column({ name: 'place_name', type: 'varchar', length: 120, nullable: true })
  placeName: string | null;

  @Column({ name: 'place_latitude', type: 'double precision', nullable: true })
  placeLatitude: number | null;

  @Column({ name: 'place_longitude', type: 'double precision', nullable: true })
  placeLongitude: number | null;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'smallint' })
  slots: number;

  /** Slots held by live claims; only ever changed by a guarded UPDATE (never above `slots`). */
  @Column({ name: 'claimed_count', type: 'smallint', default: 0 })
  claimedCount: number;

  /** Whether the topic takes claims now (CLAIMABLE_TOPIC_STATES): kept by database triggers as the topic moves, never written here. */
  @Column({ name: 'topic_claimable', type: 'boolean', default: false, insert: false, update: false })
  topicClaimable: boolean;

  @Column({ type: 'varchar', length: 12, default: 'OPEN' })
  status: AssignmentStatus;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
