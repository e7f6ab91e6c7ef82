import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { FollowKind } from '@yah/shared';
import { UserEntity } from '../accounts/user.entity';
import { MemberEntity } from '../members/member.entity';

/** A person following a member's library pieces or a keyword: new matching pieces notify them, live and in a daily digest. */
@Entity({ name: 'follows' })
@Check('chk_follows_target', "(kind = 'MEMBER' AND followed_member_id IS NOT NULL AND keyword IS NULL) OR (kind = 'KEYWORD' AND keyword IS NOT NULL AND followed_member_id IS NULL)")
@Index('idx_follows_member', ['followedMemberId'])
// One follow per person and member or keyword: a unique index on an expression, created by hand in the migration.
@Index('uq_follows_user_target', { synchronize: false })
export class FollowEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 8 })
  kind: FollowKind;

  @Column({ name: 'followed_member_id', type: 'uuid', nullable: true })
  followedMemberId: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'followed_member_id' })
  followedMember?: MemberEntity;

  /** Lower-cased keyword. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  keyword: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
