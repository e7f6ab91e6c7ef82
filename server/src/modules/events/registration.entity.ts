import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CheckInMethod, ParticipantStatus, RegistrationStatus } from '@yah/shared';
import { UserEntity } from '../accounts/user.entity';
import { MemberEntity } from '../members/member.entity';
import { EventEntity, EventStopEntity } from './event.entity';

/** A member's registration for an event: the named people it sends. */
@Entity({ name: 'event_registrations' })
@Index('idx_event_registrations_event', ['eventId', 'status', 'createdAt'])
@Index('idx_event_registrations_member', ['memberId', 'status'])
// One registration per member and event that is not withdrawn: a partial unique index, created by hand in the migration.
@Index('uq_event_registrations_active', { synchronize: false })
export class EventRegistrationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ name: 'registered_by_id', type: 'uuid' })
  registeredById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'registered_by_id' })
  registeredBy?: UserEntity;

  @Column({ type: 'varchar', length: 12 })
  status: RegistrationStatus;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ name: 'confirmed_by_id', type: 'uuid', nullable: true })
  confirmedById: string | null;

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

/**
 * One named person sent to an event: an account of the registering member, or a guest without one.
 * PLACED holds an event place and a member place; WAITLISTED a member place only, waiting in `waitlisted_at` order.
 */
@Entity({ name: 'event_participants' })
@Index('idx_event_participants_registration', ['registrationId', 'status'])
@Index('idx_event_participants_waitlist', ['eventId', 'status', 'waitlistedAt'])
@Index('idx_event_participants_user', ['userId', 'status'])
// One active participation per account and event: a partial unique index, created by hand in the migration.
@Index('uq_event_participants_user', { synchronize: false })
@Check('chk_event_participants_who', '(user_id IS NOT NULL AND guest_name IS NULL) OR (user_id IS NULL AND guest_name IS NOT NULL)')
export class EventParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ name: 'registration_id', type: 'uuid' })
  registrationId: string;

  @ManyToOne(() => EventRegistrationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id' })
  registration?: EventRegistrationEntity;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'guest_name', type: 'varchar', length: 60, nullable: true })
  guestName: string | null;

  @Column({ name: 'guest_title', type: 'varchar', length: 60, nullable: true })
  guestTitle: string | null;

  @Column({ type: 'varchar', length: 12 })
  status: ParticipantStatus;

  @Column({ name: 'placed_at', type: 'timestamptz', nullable: true })
  placedAt: Date | null;

  /** When they joined the waiting list: its order. */
  @Column({ name: 'waitlisted_at', type: 'timestamptz', nullable: true })
  waitlistedAt: Date | null;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** Places one member holds at one event (PLACED + WAITLISTED): raised only by a guarded upsert that refuses to pass the event's places per member. */
@Entity({ name: 'event_member_places' })
@Check('chk_event_member_places_held', 'held >= 0')
export class EventMemberPlacesEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'integer', default: 0 })
  held: number;
}

/** A participant present at one stop of the itinerary, confirmed by the host's staff. */
@Entity({ name: 'event_check_ins' })
@Index('uq_event_check_ins_participant_stop', ['participantId', 'stopId'], { unique: true })
@Index('idx_event_check_ins_event_stop', ['eventId', 'stopId'])
export class EventCheckInEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ name: 'stop_id', type: 'uuid' })
  stopId: string;

  @ManyToOne(() => EventStopEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stop_id' })
  stop?: EventStopEntity;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @ManyToOne(() => EventParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id' })
  participant?: EventParticipantEntity;

  @Column({ type: 'varchar', length: 8 })
  method: CheckInMethod;

  @Column({ name: 'checked_in_by_id', type: 'uuid' })
  checkedInById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'checked_in_by_id' })
  checkedInBy?: UserEntity;

  @Column({ name: 'checked_in_at', type: 'timestamptz' })
  checkedInAt: Date;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}
