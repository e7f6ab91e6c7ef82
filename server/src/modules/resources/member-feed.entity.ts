import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../accounts/user.entity';
import { MemberEntity } from '../members/member.entity';

/** A member's RSS/Atom feed, configured by its chief editor and polled into the content library. */
@Entity({ name: 'member_feeds' })
@Index('idx_member_feeds_member', ['memberId'])
@Index('idx_member_feeds_due', ['active', 'nextPollAt'])
export class MemberFeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'varchar', length: 500 })
  url: string;

  /** The feed's own title, once read. */
  @Column({ type: 'varchar', length: 200, default: '' })
  title: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Themes every ingested piece gets. */
  @Column({ type: 'varchar', array: true, length: 24, default: () => "'{}'" })
  themes: string[];

  @Column({ name: 'next_poll_at', type: 'timestamptz', default: () => 'now()' })
  nextPollAt: Date;

  /** Set while one server copy polls it, so copies never poll the same feed at once. */
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true })
  leaseUntil: Date | null;

  @Column({ name: 'last_polled_at', type: 'timestamptz', nullable: true })
  lastPolledAt: Date | null;

  /** null: never polled; '' : the last poll worked; otherwise why it failed. */
  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Column({ name: 'items_ingested', type: 'integer', default: 0 })
  itemsIngested: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  etag: string | null;

  @Column({ name: 'last_modified', type: 'varchar', length: 100, nullable: true })
  lastModified: string | null;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
