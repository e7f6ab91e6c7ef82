/**
 * Shared resources under the charter (共享资源): the five areas, the content library's reuse rules,
 * resource requests and their moves, and the limits both sides check.
 */

/** The charter's five areas of sharing: 平台、资源（内容）、渠道、技术服务、产业. */
export const RESOURCE_AREAS = ['PLATFORM', 'CONTENT', 'CHANNEL', 'TECH_SERVICE', 'INDUSTRY'] as const;
export type ResourceArea = (typeof RESOURCE_AREAS)[number];

/** A resource is on offer until its owner withdraws it (withdrawn ones keep their history). */
export const RESOURCE_STATUSES = ['ACTIVE', 'WITHDRAWN'] as const;
export type ResourceStatus = (typeof RESOURCE_STATUSES)[number];

/** How a library piece arrived: written in the app, offered from an accepted claim, or ingested from the member's feed. */
export const RESOURCE_SOURCES = ['MANUAL', 'CLAIM', 'FEED'] as const;
export type ResourceSource = (typeof RESOURCE_SOURCES)[number];

/** The period a resource's capacity counts over (e.g. 4 WeChat pushes a MONTH), in alliance time. */
export const CAPACITY_PERIODS = ['WEEK', 'MONTH', 'QUARTER', 'YEAR'] as const;
export type CapacityPeriod = (typeof CAPACITY_PERIODS)[number];

/** Embargo as a viewer sees it: none, still running (body hidden from other members), or lifted. */
export const EMBARGO_STATES = ['NONE', 'EMBARGOED', 'LIFTED'] as const;
export type EmbargoState = (typeof EMBARGO_STATES)[number];

export const RESOURCE_REQUEST_STATES = ['PENDING', 'APPROVED', 'DECLINED', 'FULFILLED', 'CANCELLED'] as const;
export type ResourceRequestState = (typeof RESOURCE_REQUEST_STATES)[number];

/** PENDING → APPROVED | DECLINED; APPROVED → FULFILLED; CANCELLED by the requester while PENDING or APPROVED. */
export const RESOURCE_REQUEST_TRANSITIONS: Readonly<Record<ResourceRequestState, readonly ResourceRequestState[]>> = {
  PENDING: ['APPROVED', 'DECLINED', 'CANCELLED'],
  APPROVED: ['FULFILLED', 'CANCELLED'],
  DECLINED: [],
  FULFILLED: [],
  CANCELLED: [],
};

export function canMoveResourceRequest(from: ResourceRequestState, to: ResourceRequestState): boolean {
  return RESOURCE_REQUEST_TRANSITIONS[from].includes(to);
}

/** Requests that hold one unit of the resource's capacity in their period: reserved when asked, freed when declined or cancelled. */
export const CAPACITY_HOLDING_REQUEST_STATES: readonly ResourceRequestState[] = ['PENDING', 'APPROVED', 'FULFILLED'];

/** Requests still waiting for someone: the owner to decide, or to deliver. */
export const OPEN_REQUEST_STATES: readonly ResourceRequestState[] = ['PENDING', 'APPROVED'];

/** Everything a viewer may be offered on a request (`ResourceRequest.viewerActions`). */
export const RESOURCE_REQUEST_ACTIONS = ['APPROVE', 'DECLINE', 'FULFILL', 'CANCEL'] as const;
export type ResourceRequestAction = (typeof RESOURCE_REQUEST_ACTIONS)[number];

export const RESOURCE_REQUEST_ACTION_TARGETS = {
  APPROVE: 'APPROVED',
  DECLINE: 'DECLINED',
  FULFILL: 'FULFILLED',
  CANCEL: 'CANCELLED',
} as const satisfies Record<ResourceRequestAction, ResourceRequestState>;

/** Everything a viewer may be offered on a resource (`Resource.viewerActions`). */
export const RESOURCE_ACTIONS = ['EDIT', 'WITHDRAW', 'REQUEST', 'REPUBLISH', 'COPY_PACKAGE'] as const;
export type ResourceAction = (typeof RESOURCE_ACTIONS)[number];

/** What one can follow to hear of new library pieces. */
export const FOLLOW_KINDS = ['MEMBER', 'KEYWORD'] as const;
export type FollowKind = (typeof FOLLOW_KINDS)[number];

/**
 * The alliance's standard reuse rules for library pieces (联盟稿件通用转载规则): every piece carries them;
 * a piece's own extras (credit line, regions, no resyndication) come on top.
 */
export const STANDARD_REUSE_RULES: readonly { zh: string; en: string }[] = [
  {
    zh: '转载须在显著位置注明原作者署名与来源单位，并附原文链接。',
    en: "Credit the original byline and member outlet prominently, with a link to the original.",
  },
  {
    zh: '不得改变原意；可压缩篇幅、修改标题以适应本平台，但须保留核心事实与引语原样。',
    en: 'Do not change the meaning; you may shorten and retitle for your platform, but keep facts and quotes as written.',
  },
  {
    zh: '图片、视频须同时标注作者与来源，不得单独拆分用于其他稿件或商业用途。',
    en: 'Photos and video carry their own credit and may not be reused in other stories or commercially.',
  },
  {
    zh: '禁发期（embargo）结束前不得刊发，亦不得透露稿件内容。',
    en: 'Nothing runs, and nothing of the content is disclosed, before the embargo lifts.',
  },
  {
    zh: '刊发后 48 小时内在平台登记刊发记录（渠道、链接、时间、传播数据）。',
    en: 'Record where it ran (channel, link, time, reach) on the platform within 48 hours of publishing.',
  },
  {
    zh: '来源单位更正或撤稿时，转载方须同步更正或撤下。',
    en: 'When the originating member corrects or withdraws a piece, republishers correct or take it down too.',
  },
];

/** Validation limits of the exchange, in code points as PostgreSQL counts them. */
export const RESOURCE_LIMITS = {
  title: { min: 2, max: 120 },
  description: { min: 1, max: 2000 },
  terms: { max: 2000 },
  availability: { max: 500 },
  contact: { max: 200 },
  byline: { max: 120 },
  creditLine: { max: 200 },
  /** The body as sanitised HTML. */
  body: { max: 100_000 },
  media: { max: 20 },
  mediaCredit: { max: 120 },
  mediaCaption: { max: 300 },
  themes: { max: 8 },
  theme: { min: 1, max: 24 },
  cities: { max: 12 },
  city: { min: 1, max: 40 },
  provinces: { max: 11 },
  capacity: { min: 1, max: 10_000 },
  requestNote: { min: 1, max: 1000 },
  declineReason: { min: 1, max: 1000 },
  fulfillmentNote: { max: 2000 },
  keyword: { min: 2, max: 30 },
  followsPerUser: { max: 50 },
  feedsPerMember: { max: 5 },
  /** Republications one piece can have recorded by one member. */
  republicationsPerMember: { max: 20 },
} as const;

/** Minutes between two polls of a member's RSS/Atom feed. */
export const FEED_POLL_MINUTES = 15;

/** The alliance works in China time. */
export const ALLIANCE_TIME_ZONE = 'Asia/Shanghai';

/** The calendar day (YYYY-MM-DD) an instant falls on in alliance time. China keeps UTC+8 all year, with no summer time. */
export function allianceDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** The first day (YYYY-MM-DD) of the capacity period a calendar day falls in; weeks start on Monday. */
export function capacityPeriodStart(period: CapacityPeriod, day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(year, month - 1, date));
  switch (period) {
    case 'WEEK': {
      const sinceMonday = (utc.getUTCDay() + 6) % 7;
      return new Date(utc.getTime() - sinceMonday * 86_400_000).toISOString().slice(0, 10);
    }
    case 'MONTH':
      return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`;
    case 'QUARTER':
      return `${String(year).padStart(4, '0')}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
    case 'YEAR':
      return `${String(year).padStart(4, '0')}-01-01`;
  }
}
