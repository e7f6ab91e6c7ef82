import type { EntityManager } from 'typeorm';
import { allianceDate, CAPACITY_HOLDING_REQUEST_STATES, capacityPeriodStart, type ResourceArea, type ResourceRequestState } from '@yah/shared';
import { NotificationEntity, type NotificationKind } from '../../modules/notifications/notification.entity';
import { ResourceEntity } from '../../modules/resources/resource.entity';
import { ResourceRequestEntity } from '../../modules/resources/resource-request.entity';

const DAY_MS = 24 * 60 * 60 * 1000;

interface Lookup {
  member(slug: string): string;
  user(account: string): string;
}

/** Which demo resource a request is for: the owner's first active one in an area, preferring a title with a hint. */
interface DemoRequest {
  requester: string;
  owner: string;
  area: ResourceArea;
  titleHint?: string;
  /** A headline-only library piece: its full text is what is asked for. */
  headlineOnly?: boolean;
  state: ResourceRequestState;
  note: string;
  /** Days from now (negative: past), or a fixed alliance date. */
  neededOn?: number | string;
  askedDaysAgo: number;
  declineReason?: string;
  fulfillmentNote?: string;
}

export const DEMO_REQUESTS: DemoRequest[] = [
  {
    requester: 'hengyang',
    owner: 'jingzhou',
    area: 'TECH_SERVICE',
    titleHint: '转播',
    state: 'APPROVED',
    note: '衡阳融媒采访组参加“百家党媒看荆州”，12 月 17 日在荆州古城东门做两小时直播，需借用转播车及一名技术保障人员。',
    neededOn: '2026-12-17',
    askedDaysAgo: 6,
  },
  {
    requester: 'changsha',
    owner: 'wanzhou',
    area: 'CHANNEL',
    titleHint: '微信',
    state: 'PENDING',
    note: '长沙晚报“长江之城”系列第三篇想借三峡融媒公众号次条推送，稿件与配图已备齐，可按贵方格式调整。',
    neededOn: 7,
    askedDaysAgo: 1,
  },
  {
    requester: 'yueyang',
    owner: 'yichang',
    area: 'CONTENT',
    headlineOnly: true,
    state: 'FULFILLED',
    note: '这篇只有标题和导语，想转载全文（含图片），请提供正文与图片授权。',
    askedDaysAgo: 4,
    fulfillmentNote: '全文和三张图片已发至岳阳融媒编辑部联盟邮箱，署名与来源请按稿件库标准转载规则注明。',
  },
  {
    requester: 'wuhan',
    owner: 'jingzhou',
    area: 'CHANNEL',
    state: 'DECLINED',
    note: '武汉发布想在荆州发布推送“长江文明论坛”预告，一条即可。',
    neededOn: 3,
    askedDaysAgo: 5,
    declineReason: '本周推送排期已满，可顺延到下周，欢迎重新申请。',
  },
  {
    requester: 'yichang',
    owner: 'wanzhou',
    area: 'TECH_SERVICE',
    state: 'CANCELLED',
    note: '宜昌融媒需要无人机航拍三峡库区秋景，两天。',
    neededOn: 10,
    askedDaysAgo: 3,
  },
  {
    requester: 'jiujiang',
    owner: 'changsha',
    area: 'PLATFORM',
    state: 'FULFILLED',
    note: '九江融媒的“长江文旅”短视频想上长沙平台的区域频道首页推荐位，一周。',
    askedDaysAgo: 9,
    fulfillmentNote: '已安排在区域频道首页推荐位，11 月 25 日至 12 月 1 日。',
  },
];

/** Follows the demo starts with: editor.hengyang follows Jingzhou and 长江, others a keyword or two. */
export const DEMO_FOLLOWS: { account: string; member?: string; keyword?: string }[] = [
  { account: 'editor.hengyang', member: 'jingzhou' },
  { account: 'editor.hengyang', keyword: '长江' },
  { account: 'editor.changsha', keyword: '文旅' },
  { account: 'chief.wanzhou', member: 'jingzhou' },
  { account: 'editor.yueyang', keyword: '百家党媒看荆州' },
];

const MOVE_NOTIFICATION: Record<ResourceRequestState, NotificationKind> = {
  PENDING: 'RESOURCE_REQUESTED',
  APPROVED: 'REQUEST_APPROVED',
  DECLINED: 'REQUEST_DECLINED',
  FULFILLED: 'REQUEST_FULFILLED',
  CANCELLED: 'REQUEST_CANCELLED',
};

/**
 * Demo requests in every state between plausible members, the capacity they hold, a delegated editor at Jingzhou, and a
 * few follows. Runs inside the demo seed's transaction after the demo resources; a request whose resource is not among
 * them (or whose period is full) is skipped. Returns how many requests it wrote.
 */
export async function seedDemoRequests(manager: EntityManager, lookup: Lookup, now: Date = new Date()): Promise<number> {
  await manager.query(`UPDATE users SET decides_resource_requests = true WHERE id = $1`, [lookup.user('editor.jingzhou')]);
  for (const follow of DEMO_FOLLOWS) {
    await manager.query(
      `INSERT INTO follows (user_id, kind, followed_member_id, keyword) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [lookup.user(follow.account), follow.member ? 'MEMBER' : 'KEYWORD', follow.member ? lookup.member(follow.member) : null, follow.keyword ?? null],
    );
  }
  const notifications: Partial<NotificationEntity>[] = [];
  let written = 0;
  for (const demo of DEMO_REQUESTS) {
    const resource = await findResource(manager, lookup.member(demo.owner), demo);
    if (!resource) continue;
    const askedAt = new Date(now.getTime() - demo.askedDaysAgo * DAY_MS);
    const neededOn = demo.neededOn === undefined ? null : typeof demo.neededOn === 'string' ? demo.neededOn : allianceDate(new Date(now.getTime() + demo.neededOn * DAY_MS));
    let periodStart: string | null = null;
    if (resource.capacityPerPeriod !== null && resource.capacityPeriod !== null) {
      periodStart = capacityPeriodStart(resource.capacityPeriod, neededOn ?? allianceDate(askedAt));
      // Holding states take a unit through the same guarded upsert the service uses: the demo never overbooks either.
      if (CAPACITY_HOLDING_REQUEST_STATES.includes(demo.state)) {
        const reserved: unknown[] = await manager.query(
          `INSERT INTO resource_capacity_usage (resource_id, period_start, used) VALUES ($1, $2, 1)
           ON CONFLICT (resource_id, period_start) DO UPDATE SET used = resource_capacity_usage.used + 1
           WHERE resource_capacity_usage.used < $3 RETURNING used`,
          [resource.id, periodStart, resource.capacityPerPeriod],
        );
        if (!reserved.length) continue;
      }
    }
    const requester = lookup.member(demo.requester);
    const requestedById = lookup.user(`editor.${demo.requester}`);
    const decidedAt = new Date(askedAt.getTime() + DAY_MS / 2);
    const decided = demo.state === 'APPROVED' || demo.state === 'DECLINED' || demo.state === 'FULFILLED';
    const request = await manager.save(
      manager.create(ResourceRequestEntity, {
        resourceId: resource.id,
        ownerMemberId: resource.ownerMemberId,
        requesterMemberId: requester,
        requestedById,
        state: demo.state,
        note: demo.note,
        neededOn,
        periodStart,
        decidedById: decided ? lookup.user(demo.owner === 'jingzhou' ? 'editor.jingzhou' : `chief.${demo.owner}`) : null,
        decidedAt: decided ? decidedAt : null,
        declineReason: demo.declineReason ?? null,
        fulfilledAt: demo.state === 'FULFILLED' ? new Date(decidedAt.getTime() + DAY_MS) : null,
        fulfillmentNote: demo.fulfillmentNote ?? null,
        cancelledAt: demo.state === 'CANCELLED' ? decidedAt : null,
        isDemo: true,
        version: 1,
        createdAt: askedAt,
        updatedAt: decidedAt,
      }),
    );
    written += 1;
    // The latest move, as the other side heard of it.
    const toOwner = demo.state === 'PENDING' || demo.state === 'CANCELLED';
    notifications.push({
      userId: toOwner ? lookup.user(`chief.${demo.owner}`) : requestedById,
      kind: MOVE_NOTIFICATION[demo.state],
      actorId: toOwner ? requestedById : request.decidedById,
      resourceId: resource.id,
      resourceRequestId: request.id,
      detail: demo.declineReason ?? demo.fulfillmentNote ?? (toOwner ? demo.note : null),
      readAt: null,
    });
  }
  if (notifications.length) await manager.save(notifications.map((note) => manager.create(NotificationEntity, note)));
  return written;
}

async function findResource(manager: EntityManager, ownerMemberId: string, demo: DemoRequest): Promise<ResourceEntity | null> {
  const query = manager
    .getRepository(ResourceEntity)
    .createQueryBuilder('r')
    .where('r.is_demo AND r.status = :active AND r.owner_member_id = :owner AND r.area = :area', { active: 'ACTIVE', owner: ownerMemberId, area: demo.area });
  if (demo.headlineOnly) query.andWhere(`r.body = ''`);
  // A title with the hint first, then the oldest.
  if (demo.titleHint) query.orderBy('(strpos(r.title, :hint) > 0)', 'DESC').setParameter('hint', demo.titleHint);
  return query.addOrderBy('r.created_at', 'ASC').addOrderBy('r.id', 'ASC').getOne();
}
