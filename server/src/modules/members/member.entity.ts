import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { AllianceRole, ChannelKind, MemberStatus, OutletKind } from '@yah/shared';
import { ProvinceEntity } from '../provinces/province.entity';

/**
 * What directory search matches: names in Chinese and English, and the pinyin slug. The trigram index
 * `idx_members_search_trgm` is built on exactly this expression (without an alias).
 */
export function memberSearchExpression(alias: string): string {
  const column = (name: string) => `${alias}.${name}`;
  return `lower(${['name_zh', 'name_en', 'city_zh', 'city_en', 'slug'].map(column).join(" || ' ' || ")})`;
}

export interface MemberChannel {
  kind: ChannelKind;
  name: string;
  url: string | null;
}

@Entity({ name: 'members' })
@Index('idx_members_province_slug', ['provinceCode', 'slug'])
// Trigram index over memberSearchExpression(), created by hand in the migration (TypeORM cannot express it).
@Index('idx_members_search_trgm', { synchronize: false })
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Pinyin of the city, used in demo account emails and URLs. */
  @Column({ type: 'varchar', length: 40, unique: true })
  slug: string;

  @Column({ name: 'name_zh', type: 'varchar', length: 80 })
  nameZh: string;

  @Column({ name: 'name_en', type: 'varchar', length: 80 })
  nameEn: string;

  @Column({ name: 'city_zh', type: 'varchar', length: 40 })
  cityZh: string;

  @Column({ name: 'city_en', type: 'varchar', length: 40 })
  cityEn: string;

  @Column({ name: 'province_code', type: 'varchar', length: 6 })
  provinceCode: string;

  @ManyToOne(() => ProvinceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'province_code' })
  province?: ProvinceEntity;

  @Column({ name: 'outlet_kind', type: 'varchar', length: 32 })
  outletKind: OutletKind;

  @Column({ name: 'alliance_role', type: 'varchar', length: 16 })
  allianceRole: AllianceRole;

  @Column({ type: 'varchar', length: 16, default: 'ACTIVE' })
  status: MemberStatus;

  /** Why the secretariat last suspended or reactivated the member; null until it first did. */
  @Column({ name: 'status_reason', type: 'varchar', length: 300, nullable: true })
  statusReason: string | null;

  @Column({ name: 'status_changed_at', type: 'timestamptz', nullable: true })
  statusChangedAt: Date | null;

  @Column({ name: 'joined_on', type: 'date' })
  joinedOn: string;

  @Column({ type: 'double precision' })
  latitude: number;

  @Column({ type: 'double precision' })
  longitude: number;

  @Column({ type: 'jsonb' })
  channels: MemberChannel[];

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn({ type: 'integer', default: 1 })
  version: number;
}
