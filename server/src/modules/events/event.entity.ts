import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { EventKind, EventStatus } from '@yah/shared';
import { UserEntity } from '../accounts/user.entity';
import { MemberEntity } from '../members/member.entity';
import { ResourceEntity } from '../resources/resource.entity';
import { TopicEntity } from '../topics/topic.entity';

/** A joint reporting trip, conference or training hosted by a member (e.g. 百家党媒看荆州). */
@Entity({ name: 'events' })
@Index('idx_events_status_dates', ['status', 'endsOn', 'startsOn'])
@Index('idx_events_host', ['hostMemberId', 'startsOn'])
@Check('chk_events_dates', 'ends_on >= starts_on')
@Check('chk_events_places', 'places_taken >= 0 AND places_taken <= capacity AND places_per_member >= 1 AND capacity >= 1')
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 12 })
  kind: EventKind;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ name: 'host_member_id', type: 'uuid' })
  hostMemberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'host_member_id' })
  host?: MemberEntity;

  /** First and last calendar day in alliance time, both included. */
  @Column({ name: 'starts_on', type: 'date' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  endsOn: string;

  @Column({ type: 'varchar', length: 120 })
  place: string;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ type: 'varchar', length: 5000, default: '' })
  description: string;

  /** Places in total, and the most one member may hold (placed and waiting). */
  @Column({ type: 'integer' })
  capacity: number;

  @Column({ name: 'places_per_member', type: 'integer' })
  placesPerMember: number;

  /** PLACED participants: raised only by a guarded UPDATE that refuses to pass `capacity`. */
  @Column({ name: 'places_taken', type: 'integer', default: 0 })
  placesTaken: number;

  @Column({ name: 'registration_closes_at', type: 'timestamptz' })
  registrationClosesAt: Date;

  @Column({ type: 'varchar', length: 12 })
  status: EventStatus;

  /** Every member is invited; otherwise only those in `event_invitations`. */
  @Column({ name: 'invites_all_members', type: 'boolean', default: true })
  invitesAllMembers: boolean;

  @Column({ name: 'cancel_reason', type: 'varchar', length: 1000, nullable: true })
  cancelReason: string | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

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

/** A member invited to an event that does not invite every member. */
@Entity({ name: 'event_invitations' })
@Index('idx_event_invitations_member', ['memberId'])
export class EventInvitationEntity {
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
}

/** One stop of the itinerary: a day, a time in alliance time, a place (with coordinates for the map), what happens, who leads. */
@Entity({ name: 'event_stops' })
@Index('idx_event_stops_event_day', ['eventId', 'day', 'startsAt'])
export class EventStopEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @Column({ type: 'date' })
  day: string;

  /** Wall-clock time in alliance time ("09:00:00" as PostgreSQL returns it). */
  @Column({ name: 'starts_at', type: 'time' })
  startsAt: string;

  @Column({ name: 'ends_at', type: 'time', nullable: true })
  endsAt: string | null;

  @Column({ type: 'varchar', length: 120 })
  place: string;

  @Column({ type: 'double precision', nullable: true })
  latitude: number | null;

  @Column({ type: 'double precision', nullable: true })
  longitude: number | null;

  @Column({ type: 'varchar', length: 500 })
  activity: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  leader: string | null;

  /** Order within the event when two stops share a day and time. */
  @Column({ type: 'integer', default: 0 })
  position: number;
}

/** A library piece attached to an event as material (press kit, background). */
@Entity({ name: 'event_materials' })
export class EventMaterialEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @PrimaryColumn({ name: 'resource_id', type: 'uuid' })
  resourceId: string;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id' })
  resource?: ResourceEntity;

  @Column({ type: 'integer', default: 0 })
  position: number;
}

/** A joint topic the event produces coverage for: its claims and publications make the trip's report. */
@Entity({ name: 'event_topics' })
@Index('idx_event_topics_topic', ['topicId'])
export class EventTopicEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: EventEntity;

  @PrimaryColumn({ name: 'topic_id', type: 'uuid' })
  topicId: string;

  @ManyToOne(() => TopicEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'topic_id' })
  topic?: TopicEntity;
}
