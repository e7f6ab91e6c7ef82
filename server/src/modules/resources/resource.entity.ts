import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CapacityPeriod, ResourceArea, ResourceSource, ResourceStatus } from '@yah/shared';
import { UserEntity } from '../accounts/user.entity';
import { MemberEntity } from '../members/member.entity';
import { MemberFeedEntity } from './member-feed.entity';

/** A photo, video or file that goes with a library piece, with whom to credit. */
export interface ResourceMedia {
  url: string;
  kind: 'IMAGE' | 'VIDEO' | 'AUDIO' | 'FILE';
  credit: string;
  caption: string | null;
}

/**
 * Something a member offers the alliance in one of the charter's five areas (共享资源). CONTENT resources are the
 * pieces of the content library (稿件库): they carry a body, byline, media and reuse extras, and may be embargoed.
 */
@Entity({ name: 'resources' })
@Check('chk_resources_capacity', '(capacity_per_period IS NULL) = (capacity_period IS NULL) AND (capacity_per_period IS NULL OR capacity_per_period > 0)')
// The library's order (newest first) within an area, walked backwards.
@Index('idx_resources_area_created', ['area', 'createdAt', 'id'])
@Index('idx_resources_owner_created', ['ownerMemberId', 'createdAt'])
// GIN indexes on themes and province codes, trigram indexes for search, and the unique feed item index are created by hand in the migration.
@Index('idx_resources_themes', { synchronize: false })
@Index('idx_resources_province_codes', { synchronize: false })
@Index('idx_resources_search_public_trgm', { synchronize: false })
@Index('idx_resources_search_body_trgm', { synchronize: false })
@Index('uq_resources_feed_item', { synchronize: false })
// One piece per claim (partial: only pieces offered from a claim).
@Index('uq_resources_source_claim', { synchronize: false })
export class ResourceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  area: ResourceArea;

  @Column({ type: 'varchar', length: 12, default: 'ACTIVE' })
  status: ResourceStatus;

  @Column({ type: 'varchar', length: 8, default: 'MANUAL' })
  source: ResourceSource;

  @Column({ name: 'owner_member_id', type: 'uuid' })
  ownerMemberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_member_id' })
  owner?: MemberEntity;

  @Column({ name: 'created_by_id', type: 'uuid' })
  createdById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: UserEntity;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  /** What it is; for a library piece, its summary. Always public to members, embargo or not. */
  @Column({ type: 'varchar', length: 2000 })
  description: string;

  /** The owner's own terms, on top of the alliance's standard reuse rules for content. */
  @Column({ type: 'varchar', length: 2000, default: '' })
  terms: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  availability: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  contact: string;

  /** Requests it can take per period (null: no limit). */
  @Column({ name: 'capacity_per_period', type: 'integer', nullable: true })
  capacityPerPeriod: number | null;

  @Column({ name: 'capacity_period', type: 'varchar', length: 8, nullable: true })
  capacityPeriod: CapacityPeriod | null;

  @Column({ type: 'varchar', array: true, length: 24, default: () => "'{}'" })
  themes: string[];

  @Column({ name: 'province_codes', type: 'varchar', array: true, length: 6, default: () => "'{}'" })
  provinceCodes: string[];

  @Column({ type: 'varchar', array: true, length: 40, default: () => "'{}'" })
  cities: string[];

  // ——— library pieces (area CONTENT) ———

  /** Sanitised HTML; empty for a headline-only feed item (its full text is requested). */
  @Column({ type: 'text', default: '' })
  body: string;

  @Column({ type: 'varchar', length: 120, default: '' })
  byline: string;

  @Column({ name: 'original_url', type: 'varchar', length: 500, nullable: true })
  originalUrl: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  media: ResourceMedia[];

  /** How republishers must credit it, when more than the byline and outlet. */
  @Column({ name: 'credit_line', type: 'varchar', length: 200, default: '' })
  creditLine: string;

  /** Provinces where it may not run. */
  @Column({ name: 'excluded_province_codes', type: 'varchar', array: true, length: 6, default: () => "'{}'" })
  excludedProvinceCodes: string[];

  @Column({ name: 'no_resyndication', type: 'boolean', default: false })
  noResyndication: boolean;

  /** Until then other members see only title, summary and owner. */
  @Column({ name: 'embargo_until', type: 'timestamptz', nullable: true })
  embargoUntil: Date | null;

  /**
   * The accepted claim it was offered from (one click, once per member). No foreign key: the publications
   * ledger already points from claims' module to this one, and claims are never deleted on their own.
   */
  @Column({ name: 'source_claim_id', type: 'uuid', nullable: true })
  sourceClaimId: string | null;

  @Column({ name: 'feed_id', type: 'uuid', nullable: true })
  feedId: string | null;

  @ManyToOne(() => MemberFeedEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'feed_id' })
  feed?: MemberFeedEntity;

  /** The feed item's guid (or link), so a feed polled again adds nothing twice. */
  @Column({ name: 'feed_item_key', type: 'varchar', length: 500, nullable: true })
  feedItemKey: string | null;

  /** Title, summary, themes, cities and their pinyin: what anyone may search. Kept by the service. */
  @Column({ name: 'search_public', type: 'text', default: '' })
  searchPublic: string;

  /** The body as plain text: searched by other members only once the embargo has lifted. */
  @Column({ name: 'search_body', type: 'text', default: '' })
  searchBody: string;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
