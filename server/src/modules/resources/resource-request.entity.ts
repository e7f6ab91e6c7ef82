import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ResourceRequestState } from '@yah/shared';
import { UserEntity } from '../accounts/user.entity';
import { MemberEntity } from '../members/member.entity';
import { ResourceEntity } from './resource.entity';

/** A member asking another for one of its resources, or for the full text of a headline-only piece. */
@Entity({ name: 'resource_requests' })
@Index('idx_resource_requests_resource', ['resourceId', 'state'])
@Index('idx_resource_requests_owner', ['ownerMemberId', 'state', 'createdAt'])
@Index('idx_resource_requests_requester', ['requesterMemberId', 'state', 'createdAt'])
// One open (PENDING or APPROVED) request per member and resource: a partial unique index, created by hand in the migration.
@Index('uq_resource_requests_open', { synchronize: false })
// Participation: requests fulfilled in a period (partial on FULFILLED, created by hand in the migration).
@Index('idx_resource_requests_fulfilled', { synchronize: false })
export class ResourceRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'resource_id', type: 'uuid' })
  resourceId: string;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id' })
  resource?: ResourceEntity;

  /** Denormalised from the resource so a member's incoming requests are one index walk. */
  @Column({ name: 'owner_member_id', type: 'uuid' })
  ownerMemberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_member_id' })
  owner?: MemberEntity;

  @Column({ name: 'requester_member_id', type: 'uuid' })
  requesterMemberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requester_member_id' })
  requester?: MemberEntity;

  @Column({ name: 'requested_by_id', type: 'uuid' })
  requestedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'requested_by_id' })
  requestedBy?: UserEntity;

  @Column({ type: 'varchar', length: 12 })
  state: ResourceRequestState;

  @Column({ type: 'varchar', length: 1000 })
  note: string;

  /** The calendar day the requester needs it (alliance time); its period is the one whose capacity it uses. */
  @Column({ name: 'needed_on', type: 'date', nullable: true })
  neededOn: string | null;

  /** First day of the capacity period it holds a unit of (null: the resource has no capacity limit). */
  @Column({ name: 'period_start', type: 'date', nullable: true })
  periodStart: string | null;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decline_reason', type: 'varchar', length: 1000, nullable: true })
  declineReason: string | null;

  @Column({ name: 'fulfilled_at', type: 'timestamptz', nullable: true })
  fulfilledAt: Date | null;

  @Column({ name: 'fulfillment_note', type: 'varchar', length: 2000, nullable: true })
  fulfillmentNote: string | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** Units of a resource's capacity held in one period: raised only by a guarded upsert that refuses to pass the capacity. */
@Entity({ name: 'resource_capacity_usage' })
@Check('chk_resource_capacity_usage_used', 'used >= 0')
export class ResourceCapacityUsageEntity {
  @Column({ name: 'resource_id', type: 'uuid', primary: true })
  resourceId: string;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id' })
  resource?: ResourceEntity;

  @Column({ name: 'period_start', type: 'date', primary: true })
  periodStart: string;

  @Column({ type: 'integer', default: 0 })
  used: number;
}
