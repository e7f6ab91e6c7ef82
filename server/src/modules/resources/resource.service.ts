import { Brackets, type DataSource, type EntityManager } from 'typeorm';
import { ALLIANCE_TIME_ZONE, isUuid, RESOURCE_LIMITS, textLength, type ClaimState, type ResourceStatus } from '@yah/shared';
import { rethrowUniqueViolation } from '../../common/db-errors';
import { badInput, conflict, notFound } from '../../common/errors';
import type { AppPubSub } from '../../common/events';
import { cappedCount, decodeCursor, pageSize, toPage, type Page } from '../../common/pagination';
import { authorize } from '../../common/policy';
import { inTransaction, type Emit } from '../../common/transaction';
import type { Viewer } from '../../common/viewer';
import { UserEntity } from '../accounts/user.entity';
import { AssignmentEntity } from '../assignments/assignment.entity';
import { recordAudit } from '../audit/audit.service';
import { ClaimEntity, PublicationEntity } from '../claims/claim.entity';
import { MemberEntity } from '../members/member.entity';
import { ProvinceEntity } from '../provinces/province.entity';
import { TopicEntity } from '../topics/topic.entity';
import type { TopicService } from '../topics/topic.service';
import { ResourceEntity } from './resource.entity';
import type { ResourceFilter, ResourceInput } from './resource.input';
import { resourcePolicy } from './resource.policy';
import { assertCapacityChange, cancelRequestsOfWithdrawn } from './resource-request.service';
import { pieceFromClaim, searchColumns } from './library-piece';
import { likePattern } from './resource-search';
import { sanitizeBody } from './rich-text';

/** Told, in the same transaction, of every library piece that arrives (shared or offered from a claim): follows listen. */
export type PieceAddedListener = (manager: EntityManager, emit: Emit, piece: ResourceEntity) => Promise<void>;

/** The fields a resource takes from its input, checked and cleaned. */
type ResourceFields = Pick<
  ResourceEntity,
  | 'area'
  | 'title'
  | 'description'
  | 'terms'
  | 'availability'
  | 'contact'
  | 'capacityPerPeriod'
  | 'capacityPeriod'
  | 'themes'
  | 'provinceCodes'
  | 'cities'
  | 'body'
  | 'byline'
  | 'originalUrl'
  | 'media'
  | 'creditLine'
  | 'excludedProvinceCodes'
  | 'noResyndication'
  | 'embargoUntil'
  | 'searchPublic'
  | 'searchBody'
>;

/** Fields only a library piece (CONTENT) carries, with the value that means "not set". */
const CONTENT_ONLY: { field: keyof ResourceInput; unset: (input: ResourceInput) => boolean }[] = [
  { field: 'body', unset: (input) => input.body === '' },
  { field: 'byline', unset: (input) => input.byline === '' },
  { field: 'originalUrl', unset: (input) => !input.originalUrl },
  { field: 'media', unset: (input) => input.media.length === 0 },
  { field: 'creditLine', unset: (input) => input.creditLine === '' },
  { field: 'excludedProvinceCodes', unset: (input) => input.excludedProvinceCodes.length === 0 },
  { field: 'noResyndication', unset: (input) => !input.noResyndication },
  { field: 'embargoUntil', unset: (input) => !input.embargoUntil },
];

const auditView = (resource: ResourceEntity) => ({
  area: resource.area,
  status: resource.status,
  title: resource.title,
  embargoUntil: resource.embargoUntil,
  excludedProvinceCodes: resource.excludedProvinceCodes,
  version: resource.version,
});

const unique = (values: readonly string[]) => [...new Set(values.map((value) => value.trim()).filter(Boolean))];

/** The SQL twin of resourcePolicy.maySeeContent, for the row aliased `r`. */
const CONTENT_VISIBLE_SQL = '(r.owner_member_id = :me OR r.embargo_until IS NULL OR r.embargo_until <= now())';

/** Shared resources (共享资源) and the content library (稿件库): offering, changing, withdrawing, finding. */
export class ResourceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly pubSub: AppPubSub,
    private readonly topics: TopicService,
    private readonly onPieceAdded: PieceAddedListener,
  ) {}

  /** A resource the viewer may read, or null (withdrawn ones of other members, unknown ids). */
  async byId(viewer: Viewer, id: string): Promise<ResourceEntity | null> {
    const resource = isUuid(id) ? await this.dataSource.getRepository(ResourceEntity).findOneBy({ id }) : null;
    return resource && resourcePolicy.mayRead(viewer, resource) ? resource : null;
  }

  /** The library and catalogue, newest first. Bodies are searched only where the viewer may read them (embargo). */
  async list(viewer: Viewer, filter: ResourceFilter, first: number | null | undefined, after: string | null | undefined): Promise<Page<ResourceEntity>> {
    const size = pageSize(first);
    const me = { me: viewer.memberId };
    const query = this.dataSource.getRepository(ResourceEntity).createQueryBuilder('r');
    const active: ResourceStatus = 'ACTIVE';
    if (filter.includeWithdrawn) query.where(new Brackets((q) => q.where('r.status = :active', { active }).orWhere('r.owner_member_id = :me', me)));
    else query.where('r.status = :active', { active });
    if (filter.area) query.andWhere('r.area = :area', { area: filter.area });
    if (filter.memberId) query.andWhere('r.owner_member_id = :memberId', { memberId: filter.memberId });
    if (filter.mine) query.andWhere('r.owner_member_id = :me', me);
    if (filter.provinceCode) query.andWhere('r.province_codes @> ARRAY[:province]::varchar[]', { province: filter.provinceCode });
    if (filter.theme) query.andWhere('r.themes @> ARRAY[:theme]::varchar[]', { theme: filter.theme });
    if (filter.search) {
      const pattern = likePattern(filter.search);
      query.andWhere(
        new Brackets((q) => q.where('r.search_public LIKE :pattern', { pattern }).orWhere(`(r.search_body LIKE :pattern AND ${CONTENT_VISIBLE_SQL})`, me)),
      );
    }
    // Calendar days in alliance time: from its first instant, up to (not including) the first instant of the day after `to`.
    if (filter.from) query.andWhere(`r.created_at >= (CAST(:from AS date)::timestamp AT TIME ZONE '${ALLIANCE_TIME_ZONE}')`, { from: filter.from });
    if (filter.to) query.andWhere(`r.created_at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE '${ALLIANCE_TIME_ZONE}')`, { to: filter.to });
    if (filter.embargo === 'NONE') query.andWhere('r.embargo_until IS NULL');
    if (filter.embargo === 'EMBARGOED') query.andWhere('r.embargo_until > now()');
    if (filter.embargo === 'LIFTED') query.andWhere('r.embargo_until <= now()');
    // Microseconds, as PostgreSQL keeps them: a cursor rounded to milliseconds could skip a row created in the same millisecond.
    const cursor = after ? decodeCursor(after, ['epochMicros', 'uuid']) : null;
    const counting = cappedCount(query.clone());
    if (cursor) {
      query.andWhere(`(r.created_at, r.id) < (timestamptz 'epoch' + CAST(:micros AS bigint) * interval '1 microsecond', :afterId)`, { micros: cursor[0], afterId: cursor[1] });
    }
    const [count, { entities, raw }] = await Promise.all([
      counting,
      query
        .addSelect(`((extract(epoch FROM r.created_at - timestamptz 'epoch') * 1000000)::bigint)::text`, 'r_created_micros')
        .orderBy('r.created_at', 'DESC')
        .addOrderBy('r.id', 'DESC')
        .limit(size + 1)
        .getRawAndEntities<{ r_id: string; r_created_micros: string }>(),
    ]);
    const micros = new Map(raw.map((row) => [row.r_id, row.r_created_micros]));
    return toPage(entities, size, count, (resource) => [micros.get(resource.id) ?? '0', resource.id]);
  }

  async share(viewer: Viewer, input: ResourceInput, requestId: string): Promise<ResourceEntity> {
    authorize(resourcePolicy.mayShare(viewer), 'Only editors and chief editors of a member newsroom offer resources.');
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const fields = await this.checkedFields(manager, input, null);
      const resource = await manager.save(
        manager.create(ResourceEntity, { ...fields, status: 'ACTIVE', source: 'MANUAL', ownerMemberId: viewer.memberId, createdById: viewer.userId, isDemo: false, version: 1 }),
      );
      await recordAudit(manager, viewer, requestId, { action: 'resource.share', entityType: 'resource', entityId: resource.id, after: auditView(resource) });
      if (resource.area === 'CONTENT') await this.onPieceAdded(manager, emit, resource);
      return resource;
    });
  }

  /** Changes what is on offer; `version` must be the one the edit started from. */
  async update(viewer: Viewer, id: string, version: number, input: ResourceInput, requestId: string): Promise<ResourceEntity> {
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const resource = await this.lockedForChange(manager, viewer, id, 'EDIT');
      if (input.area !== resource.area) throw badInput('A resource keeps its area: withdraw it and offer it again instead.', 'VALIDATION', { area: 'cannot change' });
      const fields = await this.checkedFields(manager, input, resource);
      await assertCapacityChange(manager, resource, fields);
      const updated = await this.guardedUpdate(manager, id, version, fields);
      await recordAudit(manager, viewer, requestId, { action: 'resource.update', entityType: 'resource', entityId: id, before: auditView(resource), after: auditView(updated) });
      emit({ name: 'RESOURCE_CHANGED', payload: { resourceId: id, kind: 'UPDATED' } });
      return updated;
    });
  }

  /** Takes it off offer: its member still reads it; nobody else finds it. */
  async withdraw(viewer: Viewer, id: string, requestId: string): Promise<ResourceEntity> {
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const resource = await this.lockedForChange(manager, viewer, id, 'WITHDRAW');
      const updated = await this.guardedUpdate(manager, id, resource.version, { status: 'WITHDRAWN' });
      await cancelRequestsOfWithdrawn(manager, emit, viewer, id, requestId);
      await recordAudit(manager, viewer, requestId, { action: 'resource.withdraw', entityType: 'resource', entityId: id, before: auditView(resource), after: auditView(updated) });
      emit({ name: 'RESOURCE_CHANGED', payload: { resourceId: id, kind: 'UPDATED' } });
      return updated;
    });
  }

  /**
   * One click from an accepted claim to the library: the assignment's title, the submission as paragraphs with its
   * links, the first publication as the original, the topic's themes and places, the reporter as byline. The piece
   * belongs to the reporter's member (their work), whoever offers it; once per claim (CONFLICT ALREADY_OFFERED).
   */
  async offerClaim(viewer: Viewer, claimId: string, requestId: string): Promise<ResourceEntity> {
    if (!isUuid(claimId)) throw notFound('The claim');
    return inTransaction(this.dataSource, this.pubSub, async (manager, emit) => {
      const claim = await manager.findOneBy(ClaimEntity, { id: claimId });
      const assignment = claim && (await manager.findOneByOrFail(AssignmentEntity, { id: claim.assignmentId }));
      const topic = assignment && (await manager.findOneByOrFail(TopicEntity, { id: assignment.topicId }));
      if (!claim || !assignment || !topic) throw notFound('The claim');
      const reporter = await manager.findOneByOrFail(UserEntity, { id: claim.reporterId });
      const facts = await this.topics.facts(topic, viewer, manager);
      authorize(
        resourcePolicy.mayOfferClaim(viewer, { topic: facts, reporterMemberId: reporter.memberId }),
        "Only editors of the topic's members, or of the reporter's own member, offer its pieces to the library.",
      );
      if (claim.state !== ('ACCEPTED' satisfies ClaimState)) throw conflict('Only accepted pieces go into the library.', 'NOT_ALLOWED_IN_STATE');
      const alreadyOffered = () => conflict('This piece is already in the library.', 'ALREADY_OFFERED');
      if (await manager.existsBy(ResourceEntity, { sourceClaimId: claim.id })) throw alreadyOffered();
      const reporterMember = await manager.findOneByOrFail(MemberEntity, { id: reporter.memberId });
      const firstRun = await manager.findOne(PublicationEntity, { where: { claimId: claim.id }, order: { publishedAt: 'ASC' } });
      const fields = pieceFromClaim({ claim, assignment, topic, reporterName: reporter.displayName, reporterMemberName: reporterMember.nameZh, firstRunUrl: firstRun?.url ?? null });
      const piece = await manager
        .save(
          manager.create(ResourceEntity, {
            ...fields,
            status: 'ACTIVE',
            sourceClaimId: claim.id,
            ownerMemberId: reporter.memberId,
            createdById: viewer.userId,
            isDemo: false,
            version: 1,
          }),
        )
        .catch(rethrowUniqueViolation(alreadyOffered));
      await recordAudit(manager, viewer, requestId, { action: 'resource.offer_claim', entityType: 'resource', entityId: piece.id, after: { ...auditView(piece), claimId: claim.id } });
      await this.onPieceAdded(manager, emit, piece);
      return piece;
    });
  }

  /** Reads the resource with a row lock and checks the viewer may take `action` on it. */
  private async lockedForChange(manager: EntityManager, viewer: Viewer, id: string, action: 'EDIT' | 'WITHDRAW'): Promise<ResourceEntity> {
    const resource = isUuid(id) ? await manager.findOne(ResourceEntity, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
    if (!resource || !resourcePolicy.mayRead(viewer, resource)) throw notFound('The resource');
    if (resource.status !== 'ACTIVE' && resourcePolicy.mayChange(viewer, resource)) throw conflict('A withdrawn resource is no longer changed.', 'NOT_ALLOWED_IN_STATE');
    authorize(resourcePolicy.actions(viewer, resource).includes(action), "Only editors of the resource's own member change or withdraw it.");
    return resource;
  }

  /** UPDATE … WHERE version = expected: a stale edit changes nothing and gets CONFLICT. */
  private async guardedUpdate(manager: EntityManager, id: string, version: number, changes: Partial<ResourceEntity>): Promise<ResourceEntity> {
    const result = await manager
      .createQueryBuilder()
      .update(ResourceEntity)
      .set({ ...changes, version: () => 'version + 1' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    if (result.affected !== 1) throw conflict('Someone changed this resource meanwhile. Reload it to see their changes.', 'STALE_VERSION');
    return manager.findOneByOrFail(ResourceEntity, { id });
  }

  /** Checks what the input class cannot (areas, pairs, real provinces, embargo in the future) and cleans it. */
  private async checkedFields(manager: EntityManager, input: ResourceInput, before: ResourceEntity | null): Promise<ResourceFields> {
    if (input.area !== 'CONTENT') {
      const set = CONTENT_ONLY.find((rule) => !rule.unset(input));
      if (set) throw badInput(`${set.field} belongs to library pieces (CONTENT) only.`, 'VALIDATION', { [set.field]: 'CONTENT only' });
    }
    const capacityPerPeriod = input.capacityPerPeriod ?? null;
    const capacityPeriod = input.capacityPeriod ?? null;
    // A library piece is republished, not booked: a capacity would ration something that has no slots.
    if (input.area === 'CONTENT' && (capacityPerPeriod !== null || capacityPeriod !== null)) {
      const field = capacityPerPeriod !== null ? 'capacityPerPeriod' : 'capacityPeriod';
      throw badInput(`${field} belongs to the other areas, not to library pieces (CONTENT).`, 'VALIDATION', { [field]: 'not for CONTENT' });
    }
    if ((capacityPerPeriod === null) !== (capacityPeriod === null)) {
      throw badInput('Give the capacity and its period together, or neither.', 'VALIDATION', { [capacityPeriod === null ? 'capacityPeriod' : 'capacityPerPeriod']: 'required with the other' });
    }
    const provinceCodes = [...new Set(input.provinceCodes)];
    const excludedProvinceCodes = [...new Set(input.excludedProvinceCodes)];
    const named = [...new Set([...provinceCodes, ...excludedProvinceCodes])];
    const known = named.length ? await manager.countBy(ProvinceEntity, named.map((code) => ({ code }))) : 0;
    if (known !== named.length) {
      const field = provinceCodes.length && (await manager.countBy(ProvinceEntity, provinceCodes.map((code) => ({ code })))) !== provinceCodes.length ? 'provinceCodes' : 'excludedProvinceCodes';
      throw badInput('Name provinces of the belt only.', 'VALIDATION', { [field]: 'unknown province' });
    }
    const embargoUntil = input.embargoUntil ?? null;
    const embargoKept = before !== null && embargoUntil?.getTime() === before.embargoUntil?.getTime();
    // Once others may read it (never embargoed, or lifted) it has run: an embargo cannot call it back.
    const alreadyOut = before !== null && (!before.embargoUntil || before.embargoUntil.getTime() <= Date.now());
    if (embargoUntil && !embargoKept && alreadyOut) {
      throw badInput('This piece is already out: others may have run it, so it can no longer be put under embargo.', 'VALIDATION', { embargoUntil: 'piece already out' });
    }
    if (embargoUntil && !embargoKept && embargoUntil.getTime() <= Date.now()) {
      throw badInput('An embargo runs until a time still to come.', 'VALIDATION', { embargoUntil: 'in the past' });
    }
    const body = input.body ? sanitizeBody(input.body) : '';
    if (textLength(body) > RESOURCE_LIMITS.body.max) throw badInput('The body is too long.', 'VALIDATION', { body: `must be at most ${RESOURCE_LIMITS.body.max} characters` });
    const fields = {
      area: input.area,
      title: input.title,
      description: input.description,
      terms: input.terms,
      availability: input.availability,
      contact: input.contact,
      capacityPerPeriod,
      capacityPeriod,
      themes: unique(input.themes),
      provinceCodes,
      cities: unique(input.cities),
      body,
      byline: input.byline,
      originalUrl: input.originalUrl ?? null,
      media: input.media.map((medium) => ({ url: medium.url, kind: medium.kind, credit: medium.credit, caption: medium.caption ?? null })),
      creditLine: input.creditLine,
      excludedProvinceCodes,
      noResyndication: input.noResyndication,
      embargoUntil,
    };
    return { ...fields, ...searchColumns(fields) };
  }
}
