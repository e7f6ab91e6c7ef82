import type { DataSource } from 'typeorm';
import { isUuid, type EvidenceState } from '@yah/shared';
import { badInput, conflict, forbidden, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
import { authorize } from '../../common/policy';
import { inTransaction } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { recordAudit } from '../audit/audit.service';
import type { FileService } from '../files/file.service';
import { MemberEntity } from '../members/member.entity';
import { notify } from '../notifications/notification.service';
import { CommitmentEntity, CommitmentEvidenceEntity } from './charter.entity';
import type { EvidenceFilter, EvidenceInput } from './charter.input';
import { evidencePolicy } from './charter.policy';

const stale = () => conflict('Someone decided or changed this evidence meanwhile. Reload it to see where it stands.', 'STALE_VERSION');

const auditView = (evidence: CommitmentEvidenceEntity) => ({
  commitmentId: evidence.commitmentId,
  memberId: evidence.memberId,
  text: evidence.text,
  links: evidence.links,
  state: evidence.state,
  decidedById: evidence.decidedById,
  decisionNote: evidence.decisionNote,
  version: evidence.version,
});

/** Evidence for MANUAL commitments (e.g. "host one training"): given by a member's editors, verified by the secretariat. */
export class EvidenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
    private readonly files: FileService,
  ) {}

  /**
   * Newest first. The secretariat reads every member's; a member's editors and chief editor their own member's (a
   * filter on another member finds nothing); reporters none (FORBIDDEN).
   */
  async list(viewer: Viewer, filter: Partial<EvidenceFilter>, first: number | null | undefined, after: string | null | undefined): Promise<Page<CommitmentEvidenceEntity>> {
    const listed = evidencePolicy.listed(viewer);
    if (listed === 'NONE') throw forbidden("Evidence is read by the member's editors and the secretariat.");
    const size = pageSize(first);
    const query = this.dataSource.getRepository(CommitmentEvidenceEntity).createQueryBuilder('e');
    if (listed === 'OWN_MEMBER') query.andWhere('e.member_id = :own', { own: viewer.memberId });
    if (filter.periodId) query.andWhere('e.commitment_id IN (SELECT c.id FROM commitments c WHERE c.period_id = :periodId)', { periodId: filter.periodId });
    if (filter.commitmentId) query.andWhere('e.commitment_id = :commitmentId', { commitmentId: filter.commitmentId });
    if (filter.memberId) query.andWhere('e.member_id = :memberId', { memberId: filter.memberId });
    if (filter.state) query.andWhere('e.state = :state', { state: filter.state });
    const totalCount = await query.clone().getCount();
    if (after) {
      // Microseconds, as PostgreSQL keeps them: a cursor rounded to milliseconds could skip a row of the same millisecond.
      const [createdAtMicros, id] = decodeCursor(after, ['epochMicros', 'uuid']);
      query.andWhere(`(e.created_at, e.id) < (timestamptz 'epoch' + CAST(:micros AS bigint) * interval '1 microsecond', :afterId)`, { micros: createdAtMicros, afterId: id });
    }
    const { entities, raw } = await query
      .addSelect(`((extract(epoch FROM e.created_at - timestamptz 'epoch') * 1000000)::bigint)::text`, 'e_created_micros')
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(size + 1)
      .getRawAndEntities<{ e_id: string; e_created_micros: string }>();
    const micros = new Map(raw.map((row) => [row.e_id, row.e_created_micros]));
    return toPage(entities, size, totalCount, (evidence) => [micros.get(evidence.id) ?? '0', evidence.id]);
  }

  /**
   * Evidence for a MANUAL commitment, for the viewer's member (the secretariat names any active member), with the files
   * the viewer uploaded for it attached in the same transaction.
   */
  async submit(viewer: Viewer, input: EvidenceInput, requestId: string): Promise<CommitmentEvidenceEntity> {
    const memberId = input.memberId ?? viewer.memberId;
    authorize(evidencePolicy.maySubmit(viewer, memberId), "Editors and chief editors give evidence for their own member; the secretariat for any member.");
    return inTransaction(this.dataSource, this.pubSub, async (manager) => {
      const commitment = await manager.findOneBy(CommitmentEntity, { id: input.commitmentId });
      if (!commitment) throw notFound('The commitment');
      if (commitment.metric !== 'MANUAL') {
        throw badInput('Evidence is given for manual commitments only: measured ones are counted from what members did.', 'VALIDATION', { commitmentId: 'not a MANUAL commitment' });
      }
      const member = await manager.findOneBy(MemberEntity, { id: memberId });
      if (!member || member.status !== 'ACTIVE' || member.allianceRole === 'SECRETARIAT') {
        throw badInput('Evidence is given for an active member unit (never the secretariat).', 'VALIDATION', { memberId: 'unknown, inactive or the secretariat' });
      }
      const evidence = await manager.save(
        manager.create(CommitmentEvidenceEntity, {
          commitmentId: commitment.id,
          memberId,
          submittedById: viewer.userId,
          text: input.text,
          links: [...new Set(input.links ?? [])],
          state: 'SUBMITTED',
          decidedById: null,
          decidedAt: null,
          decisionNote: null,
          isDemo: false,
          version: 1,
        }),
      );
      const fileIds = [...new Set(input.fileIds ?? [])];
      await this.files.attachToEvidence(manager, viewer, evidence.id, fileIds);
      await recordAudit(manager, viewer, requestId, { action: 'commitment_evidence.submit', entityType: 'commitment_evidence', entityId: evidence.id, after: { ...auditView(evidence), fileIds } });
      return evidence;
    });
  }

  /**
   * Verifies or rejects SUBMITTED evidence. `version` must be the one the secretariat saw (STALE_VERSION otherwise);
   * evidence already decided is NOT_ALLOWED_IN_STATE. The submitter is told (EVIDENCE_VERIFIED / EVIDENCE_REJECTED,
   * the note as detail).
   */
  async decide(viewer: Viewer, id: string, verified: boolean, note: string | null, version: number, requestId: string): Promise<CommitmentEvidenceEntity> {
    authorize(evidencePolicy.mayDecide(viewer), 'Only the secretariat verifies evidence.');
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const evidence = isUuid(id) ? await manager.findOne(CommitmentEvidenceEntity, { where: { id }, lock: { mode: 'for_no_key_update' } }) : null;
      if (!evidence) throw notFound('The evidence');
      if (evidence.version !== version) throw stale();
      if (evidence.state !== 'SUBMITTED') throw conflict('This evidence was already decided.', 'NOT_ALLOWED_IN_STATE');
      const to: EvidenceState = verified ? 'VERIFIED' : 'REJECTED';
      const result = await manager
        .createQueryBuilder()
        .update(CommitmentEvidenceEntity)
        .set({ state: to, decidedById: viewer.userId, decidedAt: () => 'now()', decisionNote: note, version: () => 'version + 1' })
        .where('id = :id AND version = :version AND state = :from', { id, version, from: 'SUBMITTED' satisfies EvidenceState })
        .execute();
      if (result.affected !== 1) throw stale();
      const decided = await manager.findOneByOrFail(CommitmentEvidenceEntity, { id });
      await recordAudit(manager, viewer, requestId, {
        action: `commitment_evidence.${verified ? 'verify' : 'reject'}`,
        entityType: 'commitment_evidence',
        entityId: id,
        before: auditView(evidence),
        after: auditView(decided),
      });
      if (evidence.submittedById) {
        await notify(manager, emit, {
          userIds: [evidence.submittedById],
          kind: verified ? 'EVIDENCE_VERIFIED' : 'EVIDENCE_REJECTED',
          actorId: viewer.userId,
          commitmentEvidenceId: id,
          detail: note,
        });
      }
      return decided;
    });
  }
}
