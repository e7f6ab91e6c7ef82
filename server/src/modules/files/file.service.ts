import type { Readable } from 'node:stream';
import { fileTypeFromStream } from 'file-type';
import sharp from 'sharp';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { FILE_LIMITS, fileKindOf, fileProblem, isUuid } from '@yah/shared';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import { checkText, type TextRules } from '../../common/input/text-rules';
import { authorize } from '../../common/policy';
import type { Viewer } from '../../common/viewer';
import { CommitmentEvidenceEntity } from '../charter/charter.entity';
import { AssignmentEntity } from '../assignments/assignment.entity';
import { ClaimEntity } from '../claims/claim.entity';
import { TopicCoSponsorEntity, TopicEntity } from '../topics/topic.entity';
import { topicFacts } from '../topics/topic.policy';
import type { FileStorage } from './file-storage';
import { FileEntity } from './file.entity';
import { filePolicy, type FileAttachment } from './file.policy';
import { sniffedType } from './file-sniffing';

/** Enough of a file to tell plain text from binary. */
const HEAD_BYTES = 8192;
/** Thumbnails fit in a square of this many pixels. */
const THUMBNAIL_PIXELS = 320;

const PROBLEM_MESSAGES: Record<NonNullable<ReturnType<typeof fileProblem>>, string> = {
  TYPE_NOT_ALLOWED: 'This type of file is not accepted: images, video, audio, PDF, office documents, plain text and zip are.',
  TOO_LARGE: 'This file is larger than files of its kind may be.',
  EMPTY: 'The file is empty.',
  NAME_TOO_LONG: `The file name is longer than ${FILE_LIMITS.name} characters.`,
};

/** A file's name as every text the API takes (no control or bidi-override characters), and a name, not a path. */
const FILE_NAME_RULES: TextRules = {
  min: 1,
  max: FILE_LIMITS.name,
  format: { pattern: /^(?!\.{1,2}$)[^/\\]+$/, message: 'must be a file name, without / or \\' },
};

/** What tus knows of an upload when it begins. */
export interface NewUpload {
  id: string;
  size?: number;
  metadata?: Record<string, string | null>;
}

async function readAll(stream: Readable, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    chunks.push(chunk as Buffer);
    length += (chunk as Buffer).length;
    if (length >= max) break;
  }
  stream.destroy();
  return Buffer.concat(chunks).subarray(0, max);
}

/**
 * Uploaded files: an upload reserves one of its owner's slots before it starts, is checked (size, type, then the bytes
 * themselves) and becomes READY; it is read with the permission of what it is attached to.
 */
export class FileService {
  constructor(
    private readonly dataSource: DataSource,
    readonly storage: FileStorage,
  ) {}

  /**
   * A new upload (tus creation): its declared size, type and name must be allowed; in one guarded statement it takes
   * one of the owner's FILE_LIMITS.uploadsInProgress slots and reserves its declared length against their
   * FILE_LIMITS.storagePerPerson (CONFLICT TOO_MANY_UPLOADS or STORAGE_QUOTA), then is recorded as UPLOADING under the
   * tus id.
   */
  async begin(viewer: Viewer, upload: NewUpload): Promise<void> {
    const type = upload.metadata?.filetype ?? '';
    if (upload.size === undefined) throw badInput('An upload states its length (Upload-Length) when it begins.', 'VALIDATION', { size: 'missing' });
    const checkedName = checkText(upload.metadata?.filename ?? '', FILE_NAME_RULES);
    if (!checkedName.ok) throw badInput(`The file name (metadata "filename") ${checkedName.problem}.`, 'VALIDATION', { filename: checkedName.problem });
    const name = checkedName.value ?? '';
    const problem = fileProblem({ name, size: upload.size, type });
    if (problem) throw badInput(PROBLEM_MESSAGES[problem], 'VALIDATION', { file: problem });
    await this.dataSource.transaction(async (manager) => {
      // Reserve first, then act: the conflicting row is locked and re-checked, so racing uploads never pass the quota.
      const reserved: unknown[] = await manager.query(
        `INSERT INTO file_upload_slots (user_id, in_progress, bytes_used) VALUES ($1, 1, $3)
         ON CONFLICT (user_id) DO UPDATE SET in_progress = file_upload_slots.in_progress + 1, bytes_used = file_upload_slots.bytes_used + $3
         WHERE file_upload_slots.in_progress < $2 AND file_upload_slots.bytes_used + $3 <= $4
         RETURNING in_progress`,
        [viewer.userId, FILE_LIMITS.uploadsInProgress, upload.size, FILE_LIMITS.storagePerPerson],
      );
      if (reserved.length !== 1) {
        // The refused row is locked by the statement above: this reads what refused it.
        const [usage] = (await manager.query(`SELECT in_progress, bytes_used FROM file_upload_slots WHERE user_id = $1`, [viewer.userId])) as { in_progress: number; bytes_used: string }[];
        if (usage && usage.in_progress >= FILE_LIMITS.uploadsInProgress) {
          throw conflict(`At most ${FILE_LIMITS.uploadsInProgress} uploads may be in progress at once: finish or cancel one first.`, 'TOO_MANY_UPLOADS');
        }
        throw conflict(
          `Your files would take more than your ${FILE_LIMITS.storagePerPerson} bytes of storage (${usage?.bytes_used ?? 0} used): remove files you no longer need first.`,
          'STORAGE_QUOTA',
        );
      }
      await manager.insert(FileEntity, {
        id: upload.id,
        ownerId: viewer.userId,
        memberId: viewer.memberId,
        originalName: name,
        declaredType: type,
        sniffedType: null,
        size: upload.size,
        storageKey: upload.id,
        state: 'UPLOADING',
        hasThumbnail: false,
        evidenceId: null,
        claimId: null,
      });
    });
  }

  /** Sending, resuming, checking or cancelling an upload: its owner only (NOT_FOUND, FORBIDDEN). */
  async checkUploader(viewer: Viewer, id: string): Promise<void> {
    const file = isUuid(id) ? await this.dataSource.getRepository(FileEntity).findOneBy({ id }) : null;
    if (!file) throw notFound('The upload');
    authorize(filePolicy.mayUpload(viewer, file), 'Only the person who started an upload may continue it.');
  }

  /**
   * The last byte arrived: the bytes must be an allowed type of the declared kind (otherwise the upload is removed and
   * refused, BAD_USER_INPUT); an image gets its thumbnail; the file becomes READY and its slot is given back.
   */
  async complete(id: string): Promise<void> {
    const file = await this.dataSource.getRepository(FileEntity).findOneBy({ id, state: 'UPLOADING' });
    if (!file) throw notFound('The upload');
    const head = await readAll(await this.storage.read(file.storageKey, this.storage.readsRanges ? { start: 0, end: HEAD_BYTES - 1 } : undefined), HEAD_BYTES);
    const stream = await this.storage.read(file.storageKey);
    const detected = await fileTypeFromStream(stream).finally(() => stream.destroy());
    const type = sniffedType(file.declaredType, detected?.mime, head);
    if (!type) {
      await this.forget(file.id);
      await this.discardBytes(file.storageKey);
      throw badInput("The file's content is not an allowed type, or not the type it was declared as.", 'VALIDATION', { file: 'CONTENT_NOT_ALLOWED' });
    }
    const thumbnail = fileKindOf(type) === 'IMAGE' ? await this.thumbnail(file.storageKey) : null;
    await this.dataSource.transaction(async (manager) => {
      const done = await manager
        .createQueryBuilder()
        .update(FileEntity)
        .set({ state: 'READY', sniffedType: type, thumbnail, hasThumbnail: thumbnail !== null })
        .where('id = :id AND state = :from', { id, from: 'UPLOADING' })
        .execute();
      if (done.affected === 1) await this.release(manager, file.ownerId, { slots: 1, bytes: 0 });
    });
  }

  /** An upload cancelled or refused before it finished: its record goes and its slot and bytes come back. */
  async forget(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [gone]: [{ owner_id: string; size: string }[], number] = await manager.query(`DELETE FROM files WHERE id = $1 AND state = 'UPLOADING' RETURNING owner_id, size`, [id]);
      if (gone[0]) await this.release(manager, gone[0].owner_id, { slots: 1, bytes: Number(gone[0].size) });
    });
  }

  /** A READY file the viewer may read (NOT_FOUND, FORBIDDEN): the permission of what it is attached to. */
  async readable(viewer: Viewer, id: string): Promise<FileEntity> {
    const file = isUuid(id) ? await this.dataSource.getRepository(FileEntity).findOneBy({ id, state: 'READY' }) : null;
    if (!file) throw notFound('The file');
    if (!filePolicy.mayRead(viewer, file, await this.attachment(viewer, file))) throw forbidden('This file belongs to something you may not read.');
    return file;
  }

  /** What a file is attached to, with what its read permission needs to know of it. */
  private async attachment(viewer: Viewer, file: FileEntity): Promise<FileAttachment> {
    const manager = this.dataSource.manager;
    if (file.evidenceId) return { evidence: await manager.findOneBy(CommitmentEvidenceEntity, { id: file.evidenceId }) };
    if (!file.claimId) return null;
    const claim = await manager.findOneBy(ClaimEntity, { id: file.claimId });
    const assignment = claim ? await manager.findOneBy(AssignmentEntity, { id: claim.assignmentId }) : null;
    const topic = assignment ? await manager.findOneBy(TopicEntity, { id: assignment.topicId }) : null;
    if (!claim || !topic) return { claim: null };
    const coSponsor = await manager.findOneBy(TopicCoSponsorEntity, { topicId: topic.id, memberId: viewer.memberId });
    return { claim: { reporterId: claim.reporterId, topic: topicFacts(topic, coSponsor?.status ?? null) } };
  }

  /** The thumbnail of an image the viewer may read, or null when it has none. */
  async readableThumbnail(viewer: Viewer, id: string): Promise<Buffer | null> {
    const file = await this.readable(viewer, id);
    if (!file.hasThumbnail) return null;
    const row = await this.dataSource.getRepository(FileEntity).findOne({ where: { id }, select: { id: true, thumbnail: true } });
    return row?.thumbnail ?? null;
  }

  /**
   * Attaches the viewer's READY, unattached files to new evidence, in its transaction (BAD_USER_INPUT
   * FILE_NOT_ATTACHABLE when any is someone else's, unfinished or attached already).
   */
  async attachToEvidence(manager: EntityManager, viewer: Viewer, evidenceId: string, fileIds: string[]): Promise<void> {
    const ids = [...new Set(fileIds)];
    if (ids.length === 0) return;
    const attached = await manager
      .createQueryBuilder()
      .update(FileEntity)
      .set({ evidenceId })
      .where({ id: In(ids), ownerId: viewer.userId, state: 'READY', evidenceId: IsNull(), claimId: IsNull() })
      .execute();
    if (attached.affected !== ids.length) {
      throw badInput('Attach only files you uploaded, once they are complete and not attached elsewhere.', 'FILE_NOT_ATTACHABLE', { fileIds: 'not yours, not complete, or attached elsewhere' });
    }
  }

  /**
   * Attaches the viewer's READY, unattached files to their claim's submission, in the transaction that submits it (the
   * claim row is locked there, so the count holds): BAD_USER_INPUT TOO_MANY_FILES beyond FILE_LIMITS.filesPerClaim,
   * FILE_NOT_ATTACHABLE when any is someone else's, unfinished or attached already.
   */
  async attachToClaim(manager: EntityManager, viewer: Viewer, claimId: string, fileIds: string[]): Promise<void> {
    const ids = [...new Set(fileIds)];
    if (ids.length === 0) return;
    const [{ count }] = (await manager.query(`SELECT count(*)::int AS count FROM files WHERE claim_id = $1`, [claimId])) as [{ count: number }];
    if (count + ids.length > FILE_LIMITS.filesPerClaim) {
      throw badInput(`A submission carries at most ${FILE_LIMITS.filesPerClaim} files: remove some first.`, 'TOO_MANY_FILES', { fileIds: `at most ${FILE_LIMITS.filesPerClaim}` });
    }
    const attached = await manager
      .createQueryBuilder()
      .update(FileEntity)
      .set({ claimId })
      .where({ id: In(ids), ownerId: viewer.userId, state: 'READY', evidenceId: IsNull(), claimId: IsNull() })
      .execute();
    if (attached.affected !== ids.length) {
      throw badInput('Attach only files you uploaded, once they are complete and not attached elsewhere.', 'FILE_NOT_ATTACHABLE', { fileIds: 'not yours, not complete, or attached elsewhere' });
    }
  }

  /**
   * Removes a file from a claim in the caller's transaction (who may was decided there) and gives its bytes back to
   * its owner; the storage key to discard once the transaction commits, or null when the file is not on that claim.
   */
  async removeFromClaim(manager: EntityManager, claimId: string, fileId: string): Promise<string | null> {
    const [gone]: [{ owner_id: string; size: string; storage_key: string }[], number] = await manager.query(
      `DELETE FROM files WHERE id = $1 AND claim_id = $2 RETURNING owner_id, size, storage_key`,
      [fileId, claimId],
    );
    const row = gone[0];
    if (!row) return null;
    await this.release(manager, row.owner_id, { slots: 0, bytes: Number(row.size) });
    return row.storage_key;
  }

  /** Files never attached within FILE_LIMITS.orphanHours (finished or not) are removed, and their slots and bytes given back. */
  async removeOrphans(): Promise<number> {
    const gone = await this.dataSource.transaction(async (manager) => {
      const [rows]: [{ storage_key: string; owner_id: string; state: string; size: string }[], number] = await manager.query(
        `DELETE FROM files WHERE evidence_id IS NULL AND claim_id IS NULL AND created_at < now() - make_interval(hours => $1) RETURNING storage_key, owner_id, state, size`,
        [FILE_LIMITS.orphanHours],
      );
      const owners = new Map<string, { slots: number; bytes: number }>();
      for (const row of rows) {
        const owner = owners.get(row.owner_id) ?? { slots: 0, bytes: 0 };
        owners.set(row.owner_id, { slots: owner.slots + (row.state === 'UPLOADING' ? 1 : 0), bytes: owner.bytes + Number(row.size) });
      }
      for (const [ownerId, freed] of owners) await this.release(manager, ownerId, freed);
      return rows;
    });
    for (const row of gone) await this.discardBytes(row.storage_key);
    return gone.length;
  }

  /** No row points at these bytes any more, so they are never served: a failure to remove them only costs space. */
  async discardBytes(key: string): Promise<void> {
    await this.storage.remove(key).catch(() => undefined);
  }

  private async release(manager: EntityManager, userId: string, freed: { slots: number; bytes: number }): Promise<void> {
    await manager.query(`UPDATE file_upload_slots SET in_progress = GREATEST(in_progress - $2, 0), bytes_used = GREATEST(bytes_used - $3, 0) WHERE user_id = $1`, [userId, freed.slots, freed.bytes]);
  }

  /** A small WebP of an image; null when the image cannot be read (e.g. a HEIC photo this build of libvips does not decode). */
  private async thumbnail(key: string): Promise<Buffer | null> {
    const source = await this.storage.read(key);
    const resize = sharp({ limitInputPixels: 100_000_000 }).rotate().resize(THUMBNAIL_PIXELS, THUMBNAIL_PIXELS, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 70 });
    source.on('error', (error) => resize.destroy(error));
    return source.pipe(resize).toBuffer().catch(() => null);
  }
}
