import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { AnnouncementAudience, AnnouncementState } from '@yah/shared';
import { UserEntity } from '../accounts/user.entity';
import { MemberEntity } from '../members/member.entity';

/** A notice (公告) the secretariat posted to every member or to the members of chosen provinces. */
@Entity({ name: 'announcements' })
@Index('idx_announcements_order', ['important', 'postedAt', 'id'])
export class AnnouncementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  /** Plain text; paragraphs separated by blank lines. */
  @Column({ type: 'text' })
  body: string;

  /** Pinned above the others and marked 重要. */
  @Column({ type: 'boolean', default: false })
  important: boolean;

  @Column({ type: 'varchar', length: 16 })
  audience: AnnouncementAudience;

  /** The provinces addressed when `audience` is PROVINCES; [] for ALL. */
  @Column({ name: 'province_codes', type: 'jsonb' })
  provinceCodes: string[];

  @Column({ type: 'varchar', length: 16, default: 'PUBLISHED' })
  state: AnnouncementState;

  @Column({ name: 'posted_by_id', type: 'uuid', nullable: true })
  postedById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'posted_by_id' })
  postedBy?: UserEntity;

  @CreateDateColumn({ name: 'posted_at', type: 'timestamptz' })
  postedAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;
}

/** A member an announcement was addressed to, fixed when it was posted: read receipts are counted against these. */
@Entity({ name: 'announcement_recipients' })
@Index('idx_announcement_recipients_member', ['memberId'])
export class AnnouncementRecipientEntity {
  @PrimaryColumn({ name: 'announcement_id', type: 'uuid' })
  announcementId: string;

  @ManyToOne(() => AnnouncementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'announcement_id' })
  announcement?: AnnouncementEntity;

  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;
}

/** A person of an addressed member opened the announcement: the first time, once. */
@Entity({ name: 'announcement_reads' })
@Index('idx_announcement_reads_member', ['announcementId', 'memberId', 'readAt'])
export class AnnouncementReadEntity {
  @PrimaryColumn({ name: 'announcement_id', type: 'uuid' })
  announcementId: string;

  @ManyToOne(() => AnnouncementEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'announcement_id' })
  announcement?: AnnouncementEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** The reader's member when they read it. */
  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @CreateDateColumn({ name: 'read_at', type: 'timestamptz' })
  readAt: Date;
}
