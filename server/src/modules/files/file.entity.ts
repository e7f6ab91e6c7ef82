import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { FileState } from '@yah/shared';
import { UserEntity } from '../accounts/user.entity';
import { CommitmentEvidenceEntity } from '../charter/charter.entity';
import { ClaimEntity } from '../claims/claim.entity';
import { MemberEntity } from '../members/member.entity';

/**
 * An uploaded file (its bytes live in the file store under `storageKey`). It is read with the permission of what it is
 * attached to; until then only its owner sees it, and an upload never attached is removed after a day.
 */
@Entity({ name: 'files' })
@Check('chk_files_state', `"state" IN ('UPLOADING', 'READY')`)
@Index('idx_files_owner_state', ['ownerId', 'state'])
@Check('chk_files_one_attachment', '"evidence_id" IS NULL OR "claim_id" IS NULL')
@Index('idx_files_evidence', ['evidenceId', 'createdAt'])
@Index('idx_files_claim', ['claimId', 'createdAt'])
@Index('idx_files_storage_key', ['storageKey'], { unique: true })
export class FileEntity {
  /** The same id the upload has in the tus protocol (the last segment of its upload URL). */
  @PrimaryColumn('uuid')
  id: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  /** The owner's member when the upload began. */
  @Column({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ name: 'original_name', type: 'varchar', length: 255 })
  originalName: string;

  /** What the uploader's browser said the file is. */
  @Column({ name: 'declared_type', type: 'varchar', length: 120 })
  declaredType: string;

  /** What the bytes are, once the upload is complete; the type the file is served with. */
  @Column({ name: 'sniffed_type', type: 'varchar', length: 120, nullable: true })
  sniffedType: string | null;

  @Column({ type: 'bigint', transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  size: number;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey: string;

  @Column({ type: 'varchar', length: 12 })
  state: FileState;

  /** A small WebP of an image, made once the upload is complete (never read with the row unless asked for). */
  @Column({ type: 'bytea', nullable: true, select: false })
  thumbnail?: Buffer | null;

  @Column({ name: 'has_thumbnail', type: 'boolean', default: false })
  hasThumbnail: boolean;

  @Column({ name: 'evidence_id', type: 'uuid', nullable: true })
  evidenceId: string | null;

  @ManyToOne(() => CommitmentEvidenceEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'evidence_id' })
  evidence?: CommitmentEvidenceEntity;

  /** A claim's submission it belongs to (read by whoever may read the claim). */
  @Column({ name: 'claim_id', type: 'uuid', nullable: true })
  claimId: string | null;

  @ManyToOne(() => ClaimEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'claim_id' })
  claim?: ClaimEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/**
 * How many uploads each person has in progress (a slot is taken before an upload starts and given back when it ends)
 * and how many bytes they keep in the store (reserved with the slot, given back when a file goes).
 */
@Entity({ name: 'file_upload_slots' })
@Check('chk_file_upload_slots_in_progress', `"in_progress" >= 0`)
@Check('chk_file_upload_slots_bytes', `"bytes_used" >= 0`)
export class FileUploadSlotsEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'in_progress', type: 'integer', default: 0 })
  inProgress: number;

  /** Bytes of every file the person keeps, finished or in progress (FILE_LIMITS.storagePerPerson at most). */
  @Column({ name: 'bytes_used', type: 'bigint', default: 0, transformer: { to: (value: number) => value, from: (value: string) => Number(value) } })
  bytesUsed: number;
}
